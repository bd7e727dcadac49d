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
    return Names.GIVEN.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("givenNames")
  void eachShortGivenNameMeetsItsFullForm(String shortForm, String full) {
    assertThat(Names.given(shortForm)).isEqualTo(Names.given(full));
    assertThat(Names.given(shortForm.toUpperCase(java.util.Locale.ROOT).charAt(0) + shortForm.substring(1)))
        .isEqualTo(Names.given(full));
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
