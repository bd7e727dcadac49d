package org.diplograph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.diplograph.article.Article;
import org.diplograph.extract.Affiliation;
import org.diplograph.extract.Extraction;
import org.diplograph.extract.MeetingKind;
import org.diplograph.extract.MeetingStatus;
import org.diplograph.extract.Party;
import org.junit.jupiter.api.Test;

/** The mapping of an extraction record to the write statements' typed rows, without a server. */
class FactRowsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private final Article article = Article.of("a1", "a1.txt", "Ana Soto met Luis Paz in Lima.", null, null, "Example Wire", DAY);

  private final Extraction extraction = new Extraction("a1", DAY, "Example Wire", "Lima",
      List.of(
          new Extraction.Person("Ana Soto", List.of("Ana Soto", "Soto"),
              List.of(new Extraction.Position("Foreign Minister", "foreign-minister", new Affiliation.Country("CL"), "s1")), "s1"),
          new Extraction.Person("Luis Paz", List.of("Luis Paz"),
              List.of(new Extraction.Position("Secretary-General", "head-of-organisation",
                  new Affiliation.Organisation("Example Union"), "s1")), "s1")),
      List.of(new Extraction.CountryMention("PE", "s1")),
      List.of(new Extraction.Organisation("Example Union", List.of("Example Union", "EXU"), null, null, "s1"),
          new Extraction.Organisation("Example Union Office in Lima", List.of("Example Union Office in Lima"), null,
              "Example Union", "s1")),
      List.of(new Extraction.Meeting(List.of(new Party.Named("Ana Soto"), new Party.Named("Luis Paz")), DAY, "Lima",
          MeetingKind.MEETING, MeetingStatus.HELD, "s1")),
      List.of(new Extraction.Topic("trade", "s1")),
      List.of(new Extraction.Document("Lima Declaration", 2020, "s1")));

  private final FactRows.Facts facts = FactRows.of(article, extraction, new Resolver(null));

  @Test
  void postsGoToTheirCountryOrOrganisationAndGiveTheParticipantsCapacity() {
    String soto = facts.persons().get(0).id();
    String union = facts.organisations().get(0).id();
    assertThat(facts.positions()).extracting(Row.PositionRow::person, Row.PositionRow::role, Row.PositionRow::target, Row.PositionRow::date)
        .containsExactly(tuple(soto, "foreign-minister", "CL", DAY));
    assertThat(facts.orgPositions()).singleElement().satisfies(p -> assertThat(p.target()).isEqualTo(union));
    assertThat(facts.countries()).extracting(Row.CountryRow::iso2).containsExactly("PE", "CL"); // the post's country too
    assertThat(facts.participants()).extracting(Row.ParticipantRow::person, Row.ParticipantRow::capacity)
        .containsExactlyInAnyOrder(tuple(soto, "Foreign Minister"), tuple(facts.persons().get(1).id(), "Secretary-General"));
  }

  @Test
  void aMeetingHasItsPartiesKeysItsPlaceInItsCountryAndEveryRowItsArticle() {
    Row.MeetingRow meeting = facts.meetings().get(0);
    assertThat(meeting.participants()).containsExactlyElementsOf(
        facts.persons().stream().map(Row.PersonRow::id).sorted().toList());
    assertThat(facts.places()).singleElement().satisfies(p -> {
      assertThat(p.meeting()).isEqualTo(meeting.id());
      assertThat(p.country().iso2()).isEqualTo("PE");
      assertThat(p.mention()).isTrue();
    });
    assertThat(facts.parents()).singleElement().satisfies(p -> assertThat(p.parent()).isEqualTo(facts.organisations().get(0).id()));
    assertThat(facts.organisations().get(0).acronyms()).containsExactly("EXU");
    assertThat(facts.documents()).extracting(Row.DocumentRow::name, Row.DocumentRow::year).containsExactly(tuple("Lima Declaration", 2020));
    assertThat(facts.persons()).allSatisfy(p -> assertThat(p.article()).isEqualTo(article.id()));
  }

  @Test
  void theDriverGetsMapsWithNestedRowsAndAnArticleWithoutEmptyFields() {
    Map<String, List<Object>> params = facts.params();
    assertThat(params).containsKeys("articles", "countries", "organisations", "parents", "persons", "positions",
        "orgPositions", "meetings", "participants", "places", "topics", "documents");
    @SuppressWarnings("unchecked")
    Map<String, Object> a = (Map<String, Object>) params.get("articles").get(0);
    assertThat(a).doesNotContainKeys("url", "title").containsEntry("dateline", "Lima");
    @SuppressWarnings("unchecked")
    Map<String, Object> place = (Map<String, Object>) params.get("places").get(0);
    assertThat(place.get("country")).isInstanceOf(Map.class);
  }
}
