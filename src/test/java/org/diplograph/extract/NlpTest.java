package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NlpTest {

  @Test
  void anHonorificAcronymBeforeMisterDoesNotEndTheSentence() {
    List<Nlp.Sentence> sentences = Nlp.annotate(
        "He held talks with the Chilean Deputy Foreign Minister H.E. Mr. Tomas Ferrada on Monday. They agreed.");
    assertThat(sentences).extracting(Nlp.Sentence::text).containsExactly(
        "He held talks with the Chilean Deputy Foreign Minister H.E. Mr. Tomas Ferrada on Monday.", "They agreed.");
    assertThat(sentences.get(0).tokens()).extracting(Nlp.Token::word).contains("H.E.", "Mr.");
  }

  @Test
  void otherAcronymsBeforeASentenceStarterStillEndIt() {
    assertThat(Nlp.annotate("The delegation flew to the U.S. The talks begin today.")).hasSize(2);
  }

  @Test
  void twoLineBreaksStillEndASentence() {
    assertThat(Nlp.annotate("Minister Ana Soto\n\nThe talks begin today.")).hasSize(2);
  }
}
