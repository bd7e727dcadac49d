package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplograph.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

/** Where the topic model is asked whether a topic was discussed. */
class TopicCandidatesTest {

  private static List<String> cues(String sentence) {
    ArticleText t = new ArticleText(sentence, Nlp.annotate(sentence), Gazetteer.get().find(sentence));
    return TopicCandidates.find(t, List.of()).stream()
        .map(f -> f.candidate().features().stream().filter(x -> x.startsWith("cue=")).findFirst().orElseThrow()).toList();
  }

  @Test
  void anInternationalOrganisationWhereThePartiesTalkMayBeMultilateralCooperation() {
    assertThat(cues("The ministers agreed to coordinate their positions within the OSCE."))
        .contains("cue=multilateral:(international organisation)");
    assertThat(cues("The ministers agreed to coordinate their positions on trade.")).doesNotContain("cue=multilateral:(international organisation)");
  }
}
