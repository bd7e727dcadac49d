package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the meeting model is told of each pair of parties. */
class MeetingFeaturesTest {

  private static List<List<String>> features(Path dir, String body, String person) throws Exception {
    return Written.features(dir, body, k -> k instanceof Candidate.Key.Pair pair && pair.toString().contains(person));
  }

  @Test
  void aNameThatOnlyQualifiesANounIsToldAsSuch(@TempDir Path dir) throws Exception {
    String body = "President Donald Novak spoke on Monday.\n\n"
        + "Foreign Minister Ana Soto held talks with Secretary of State Luis Paz and other members of the Novak administration.";
    assertThat(features(dir, body, "Donald Novak")).isNotEmpty().allSatisfy(f -> assertThat(f).contains("name-modifier"));
    assertThat(features(dir, body, "Luis Paz")).anySatisfy(f -> assertThat(f).doesNotContain("name-modifier"));
  }

  @Test
  void aNameBeforeTheTriggerNounIsAParty(@TempDir Path dir) throws Exception {
    String body = "President Donald Novak spoke on Monday.\n\nThe ministers prepared the Novak talks with Foreign Minister Ana Soto in Lima.";
    assertThat(features(dir, body, "Donald Novak")).isNotEmpty().allSatisfy(f -> assertThat(f).doesNotContain("name-modifier"));
  }

  @Test
  void whatFillsTheSubjectTellsWhetherTheUnnamedProtagonistTookPart(@TempDir Path dir) throws Exception {
    String body = "Foreign Minister Ana Soto arrived in Lima on Monday.\n\n"
        + "The delegation then held talks with Trade Minister Luis Paz at the ministry.\n\n"
        + "Later, Defence Minister Carlos Ruiz met with Interior Minister Marta Gil.";
    assertThat(features(dir, body, "Luis Paz")).anySatisfy(f -> assertThat(f).contains("context+subject=group"));
    assertThat(features(dir, body, "Marta Gil")).anySatisfy(f -> assertThat(f).contains("context+subject=party"));
  }
}
