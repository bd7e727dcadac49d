package org.diplograph.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The phrase matcher finds names however the text writes accents, apostrophes and "and". */
class PhraseMatcherTest {

  private static PhraseMatcher<String> matcher() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.add("Côte d'Ivoire", "CI");
    m.add("Trinidad and Tobago", "TT");
    m.add("Viet Nam", "VN");
    return m;
  }

  @Test
  void accentsAndCurlyApostrophesAreFolded() {
    assertThat(matcher().find("The envoy of Cote d’Ivoire met the envoy of Việt Nam."))
        .extracting(PhraseMatcher.Match::value).containsExactly("CI", "VN");
  }

  @Test
  void anAmpersandReadsAsAnd() {
    assertThat(matcher().find("the High Commissioner of Trinidad & Tobago"))
        .extracting(PhraseMatcher.Match::text).containsExactly("Trinidad & Tobago");
  }

  @Test
  void aPossessiveIsNoPartOfTheName() {
    assertThat(matcher().find("Trinidad and Tobago's minister")).extracting(PhraseMatcher.Match::text)
        .containsExactly("Trinidad and Tobago");
  }
}
