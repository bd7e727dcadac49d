package org.diplograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of the resolution tables runs its example, and whole names meet or stay apart as they should. */
class NamesTest {

  static Stream<Arguments> transliterations() {
    return Names.RULES.stream().map(r -> Arguments.of("transliteration.tsv:" + r.line() + " " + r.example(), r));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transliterations")
  void eachTransliterationJoinsItsExampleAndKeepsItsCounterExampleApart(String where, Names.Rule rule) {
    String[] meet = rule.example().split("\\|");
    String[] apart = rule.apart().split("\\|");
    assertThat(Names.fold(meet[0])).as(where).isEqualTo(Names.fold(meet[1]));
    assertThat(Names.fold(apart[0])).as(where + " apart: " + rule.apart()).isNotEqualTo(Names.fold(apart[1]));
  }

  static Stream<Arguments> givenNames() {
    return org.diplograph.gazetteer.Lexicon.load("resolution/given-names.tsv").rows().stream()
        .map(r -> Arguments.of("given-names.tsv:" + r.line() + " " + r.get("example"), r));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("givenNames")
  void eachShortGivenNameMeetsItsFullForm(String where, org.diplograph.gazetteer.Lexicon.Row row) {
    assertThat(Names.given(row.get("short"))).as(where).isEqualTo(Names.given(row.get("full")));
    String[] meet = row.get("example").split("\\|");
    assertThat(Names.key(meet[0])).as(where).isEqualTo(Names.key(meet[1]));
  }

  @Test
  void formsOfOneNameHaveOneKey() {
    for (List<String> same : List.of(
        List.of("Sergey Lavrov", "Sergei Lavrov", "Sergei Viktorovich Lavrov"),
        List.of("Joe Biden", "Joseph R. Biden", "Joseph Biden"),
        List.of("Kassym-Jomart Tokayev", "Kassym-Jomart Kemeluly Tokaev"),
        List.of("Marzouq Ali Al-Ghanim", "Marzouq Al-Ghanim", "Marzouq Ghanim"),
        List.of("Mohammed Ali", "Muhammad Ali", "Mohamed Ali"),
        List.of("Abdoulaye Diop", "Abdulaye Diop"),
        List.of("Sinirlioğlu Feridun", "Sinirlioglu Feridun"))) {
      assertThat(same.stream().map(Names::key).distinct()).as(same.toString()).hasSize(1);
    }
  }

  @Test
  void differentPeopleKeepDifferentKeys() {
    for (List<String> apart : List.of(List.of("Ian Borg", "Jan Borg"), List.of("Ali Khamenei", "Ali Larijani"),
        List.of("Chris Smith", "Christopher Smith"), List.of("Yuan Li", "Juan Li"), List.of("Mahmoud Abbas", "Muhammad Abbas"))) {
      assertThat(Names.key(apart.get(0))).as(apart.toString()).isNotEqualTo(Names.key(apart.get(1)));
    }
  }

  @Test
  void aTwoWordNameReadTheOtherWayRoundMeetsTheFamilyNameFirstForm() {
    assertThat(Names.reversedKey("Kishida Fumio")).isEqualTo(Names.key("Fumio Kishida"));
    assertThat(Names.reversedKey("Fumio Kishida")).isEqualTo(Names.key("Kishida Fumio"));
    assertThat(Names.reversedKey("Kassym-Jomart Kemeluly Tokayev")).isNull();
    assertThat(Names.key("Putin")).isNull();
  }
}
