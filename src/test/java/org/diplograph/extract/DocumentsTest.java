package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documents an article names, or has the parties sign. */
class DocumentsTest {

  @Test
  void aDocumentSignedInLowerCaseIsItsNounPhraseWithoutPlaceOrDay(@TempDir Path dir) throws Exception {
    Extraction e = Written.written(dir, "Example News", "2025-03-06",
        "Foreign Minister Ana Soto of Chile met Foreign Minister Luis Paz of Peru in Lima on Tuesday.",
        "",
        "The ministers signed an agreement on the avoidance of double taxation in Lima on Tuesday.",
        "",
        "They also welcomed the signing of a new cooperation programme between the two diplomatic academies.",
        "",
        "Both recalled the Treaty of Friendship of 1998.");
    assertThat(e.documents()).extracting(Extraction.Document::name).containsExactlyInAnyOrder(
        "Agreement on the avoidance of double taxation", "Cooperation programme between the two diplomatic academies",
        "Treaty of Friendship");
  }

  @Test
  void kindsOfDocumentAndUnsignedOnesAreNoDocument(@TempDir Path dir) throws Exception {
    Extraction e = Written.written(dir, "Example News", "2025-03-06",
        "Foreign Minister Ana Soto of Chile met Foreign Minister Luis Paz of Peru in Lima on Tuesday.",
        "",
        "They discussed the signing of economic and cultural agreements, and an agreement on fisheries may follow.");
    assertThat(e.documents()).isEmpty();
  }
}
