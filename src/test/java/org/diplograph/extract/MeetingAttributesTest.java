package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A meeting's kind, date and place. */
class MeetingAttributesTest {

  @Test
  void theFirstSentenceThatTellsOfAnEncounterGivesItsKindAndDate(@TempDir Path dir) throws Exception {
    Extraction e = Written.written(dir, "Example News", "2025-03-06",
        "A telephone conversation took place on Tuesday between Chile's Foreign Minister Ana Soto and Peru's Foreign Minister Luis Paz.",
        "",
        "In the conversation, Soto held talks with Paz on trade and invited him to Santiago."); // likelier a meeting, told later
    assertThat(e.meetings()).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
      assertThat(m.date()).isEqualTo(java.time.LocalDate.of(2025, 3, 4));
      assertThat(m.place()).isNull(); // no city of a call
      assertThat(m.evidence()).startsWith("A telephone conversation");
    });
  }
}
