package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineWrapsTest {

  private static final String WRAPPED = """
      Envoys meet in the capital

      LUSAKA, Mar 3: Foreign Minister Tomas Verhoeven of the Kingdom
      of the Netherlands held talks with his counterpart Mwila
      Banda on Tuesday, the ministry said in a statement issued
      late in the evening.
      They agreed to meet again in the autumn and to widen the
      trade agreement signed last year.
      """;

  @Test
  void wrappedLinesAreJoinedWithTheTextKeepingItsLength() {
    String joined = LineWraps.join(WRAPPED);
    assertThat(joined).hasSameSizeAs(WRAPPED)
        .contains("of the Kingdom of the Netherlands", "counterpart Mwila Banda on Tuesday")
        .contains("Envoys meet in the capital\n\n") // the headline stays apart
        .contains("evening.\nThey agreed"); // so does a line that ends a sentence
  }

  @Test
  void blankLineAfterEveryWrappedLineIsJoinedToo() {
    String doubled = WRAPPED.replace("\n", "\n\n");
    String joined = LineWraps.join(doubled);
    assertThat(joined).hasSameSizeAs(doubled).contains("counterpart Mwila  Banda on Tuesday");
  }

  @Test
  void unwrappedTextIsLeftAsItIs() {
    String text = "Minister Ana Soto met Tomas Verhoeven\n\nin Lima on Monday, where both spoke.\n";
    assertThat(LineWraps.join(text)).isEqualTo(text);
  }
}
