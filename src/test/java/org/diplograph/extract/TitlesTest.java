package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitlesTest {

  private static List<String> before(String sentence, String name) {
    return Titles.before(sentence, 0, sentence.indexOf(name)).stream().map(Titles.Post::text).toList();
  }

  @Test
  void aCompoundTitleSplitsAtAndWhereANewHeadStarts() {
    assertThat(before("said Deputy Prime Minister and Minister of Energy of Chile Ana Soto.", "Ana Soto"))
        .containsExactly("Deputy Prime Minister", "Minister of Energy of Chile");
  }

  @Test
  void commasInsideOneTitleDoNotSplitIt() {
    assertThat(before("met Minister for Culture, Sport, and Media of Peru Luis Paz.", "Luis Paz"))
        .containsExactly("Minister for Culture, Sport, and Media of Peru");
  }

  @Test
  void aCommaBeforeANewHeadStartsANewPost() {
    assertThat(before("with UN Special Envoy, Minister of Justice of Chad Ali Musa.", "Ali Musa"))
        .containsExactly("UN Special Envoy", "Minister of Justice of Chad");
  }

  @Test
  void theWalkBackStopsAtLowerCaseWords() {
    assertThat(before("The talks were held with Foreign Minister Ivan Petrov.", "Ivan Petrov")).containsExactly("Foreign Minister");
  }

  @Test
  void anAppositiveAfterTheNameIsATitle() {
    String s = "Ivan Petrov, the foreign minister of Bulgaria, said.";
    assertThat(Titles.after(s, s.indexOf(",") , s.length())).extracting(Titles.Post::text)
        .containsExactly("foreign minister of Bulgaria");
  }
}
