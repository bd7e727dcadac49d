package org.diplograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The resolver's rules for people, each on its own: decisions over the people it has seen (in
 * the graph's look-ups or earlier in the batch), without a server.
 */
class ResolverTest {

  private final Resolver resolver = new Resolver(null);

  private String person(String name, String... posts) {
    return resolver.person(name, List.of(posts)).id();
  }

  @Test
  void anotherRomanisationIsTheSamePerson() {
    String id = person("Sergey Lavrov", "foreign-minister@RU");
    assertThat(person("Sergei Lavrov")).isEqualTo(id);
    assertThat(resolver.person("Sergei Lavrov", List.of()).merge().toString()).startsWith("same given name and surname: sergei-lavrov");
  }

  @Test
  void aShortGivenNameIsTheSamePerson() {
    String id = person("Joseph Biden", "president@US");
    assertThat(person("Joe Biden", "president@US")).isEqualTo(id);
  }

  @Test
  void aMiddleNameOrTheArticleOfASurnameMakesNoOtherPerson() {
    String id = person("Marzouq Ali Al-Ghanim", "speaker@KW");
    assertThat(person("Marzouq Al Ghanim")).isEqualTo(id);
  }

  @Test
  void aNameWrittenFamilyNameFirstIsTheSamePerson() {
    String id = person("Fumio Kishida", "prime-minister@JP");
    assertKey(resolver.person("Kishida Fumio", List.of()), id, "family name first: kishida-fumio");
    assertThat(person("Kishida Fumio")).isEqualTo(id);
  }

  @Test
  void aSurnameAloneJoinsTheOnePersonWithThatSurnameAndPost() {
    String id = person("Vladimir Putin", "president@RU");
    assertThat(person("Putin", "president@RU")).isEqualTo(id);
  }

  @Test
  void aSurnameAloneWithTheSameRoleElsewhereJoinsTheOnlyPersonOfThatSurname() {
    String id = person("Vladimir Putin", "president@RU");
    assertThat(person("Putin", "president@KZ")).isEqualTo(id); // the title's country taken from the sentence
    assertThat(resolver.person("Putin", List.of("president@KZ")).merge().toString()).startsWith("surname and role [president]");
  }

  @Test
  void aSurnameAloneStaysApartWhenSeveralPeopleCouldBeMeant() {
    person("Ana Silva", "president@PT");
    person("Rui Silva", "prime-minister@BR");
    assertThat(person("Silva", "president@BR")).isEqualTo("silva"); // the president of one, or the other's PM?
    assertThat(person("Putin")).isEqualTo("putin"); // no post: nothing to go on
  }

  @Test
  void aFullNameAfterTheSurnameAloneJoinsThePersonKnownByTheSurname() {
    String alone = person("Putin", "president@RU");
    Resolver.PersonKey full = resolver.person("Vladimir Putin", List.of("president@RU"));
    assertKey(full, alone, "full name of a surname alone: vladimir-putin");
    assertThat(person("Vladimir Putin")).isEqualTo(alone);
    assertThat(person("Putin", "president@RU")).isEqualTo(alone);
  }

  @Test
  void aFullNameStaysApartFromASurnameAloneWithAnotherRole() {
    person("Borg", "foreign-minister@MT");
    assertThat(person("Anna Borg", "ambassador@SE")).isEqualTo("anna-borg");
  }

  @Test
  void differentGivenNamesStayApart() {
    String ian = person("Ian Borg", "foreign-minister@MT");
    assertThat(person("Jan Borg")).isNotEqualTo(ian);
  }

  private static void assertKey(Resolver.PersonKey key, String id, String merge) {
    assertThat(key.id()).isEqualTo(id);
    assertThat(key.merge()).hasToString(merge);
  }
}
