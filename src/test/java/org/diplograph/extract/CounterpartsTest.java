package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.Written.pairs;
import static org.diplograph.extract.Written.posts;
import static org.diplograph.extract.Written.written;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A counterpart holds the post of the person they meet, for the country their title names. */
class CounterpartsTest {

  @Test
  void counterpartsListedAfterTheirCountriesHoldTheHostsPostInOrder(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Example Wire", "2026-04-07",
        "Gabonese President Paul Mba met on Monday with his counterparts from Senegal and Mali, Ousmane Diallo and Ibrahim Keita, in Libreville.");
    assertThat(posts(e, "Ousmane Diallo")).containsExactly("head-of-state country:SN");
    assertThat(posts(e, "Ibrahim Keita")).containsExactly("head-of-state country:ML");
    assertThat(pairs(e)).contains(List.of("Ousmane Diallo", "Paul Mba"), List.of("Ibrahim Keita", "Paul Mba"));
  }

  @Test
  void aCounterpartFromACountryIsOfThatCountry(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Example Wire", "2026-04-07",
        "Foreign Minister Ana Lopes of Peru received her counterpart from Chile, Luis Vidal, in Lima.");
    assertThat(posts(e, "Luis Vidal")).containsExactly("foreign-minister country:CL");
    assertThat(pairs(e)).containsExactly(List.of("Ana Lopes", "Luis Vidal"));
  }
}
