package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the affiliation model is told of each country or organisation a post may be of. */
class AffiliationFeaturesTest {

  private static List<List<String>> features(Path dir, String body, Affiliation of) throws Exception {
    return Written.features(dir, body, k -> k instanceof Candidate.Key.Post post && post.of().equals(of));
  }

  @Test
  void aCountryElsewhereInTheSentenceSaysHowItHangsOnTheTree(@TempDir Path dir) throws Exception {
    assertThat(features(dir, "President Tokayev held talks with President Erdogan on the situation in Ukraine.",
        new Affiliation.Country("UA")))
        .isNotEmpty().allSatisfy(f -> assertThat(f).contains("aff=sentence", "aff+relation=sentence/nmod:in"));
  }

  @Test
  void theTitlesHeadWordMeetsTheKindOfAffiliation(@TempDir Path dir) throws Exception {
    String body = "The United Nations chief was in New York.\n\nSecretary-General Ana Soto met Kuwait's Prime Minister Fahad Al-Sabah.";
    assertThat(features(dir, body, new Affiliation.Organisation("United Nations")))
        .anySatisfy(f -> assertThat(f).contains("head+kind=secretary-general/org"));
    assertThat(features(dir, body, new Affiliation.Country("KW")))
        .anySatisfy(f -> assertThat(f).contains("head+kind=secretary-general/country"));
  }

  @Test
  void aCountrySomeoneVisitsIsToldAsSuch(@TempDir Path dir) throws Exception {
    String body = "Foreign Minister Ana Soto of Chile began an official visit to Peru on Monday.\n\n"
        + "In Lima she met Luis Paz, President of the Senate.";
    assertThat(features(dir, body, new Affiliation.Country("PE"))).anySatisfy(f -> assertThat(f).anyMatch(x -> x.startsWith("visited+aff=")));
    assertThat(features(dir, body, new Affiliation.Country("CL"))).allSatisfy(f -> assertThat(f).noneMatch(x -> x.startsWith("visited")));
  }
}
