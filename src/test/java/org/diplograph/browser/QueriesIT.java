package org.diplograph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.diplograph.TestPaths;
import org.diplograph.extract.Extractor;
import org.diplograph.graph.Graph;
import org.diplograph.importing.Importer;
import org.diplograph.importing.Summary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;

/**
 * Every ready query of cypher/queries/ against a graph of a small corpus written for it
 * (src/test/resources/corpus: two reports of one Kazakh-Maltese meeting, one Kazakh-Japanese
 * phone call). Each file has its expectation here; a new file without one fails.
 */
class QueriesIT {

  @TempDir static Path home;
  static Graph graph;

  @BeforeAll
  static void importCorpus() {
    graph = org.diplograph.TestGraphs.open(home);
    Summary s = new Importer(graph, new Extractor()).importPaths(List.of(Path.of("src", "test", "resources", "corpus")), l -> { });
    assertThat(s.imported()).isEqualTo(3);
  }

  @AfterAll
  static void stop() {
    graph.close();
  }

  private static List<Record> run(ReadyQuery q, Map<String, Object> params) {
    try (var session = graph.driver().session()) {
      return session.run(q.cypher(), params).list();
    }
  }

  private static Map<String, Object> params(Object... keysAndValues) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private record Expectation(Map<String, Object> params, Consumer<List<Record>> check) {}

  private static final Map<String, Expectation> EXPECTED = Map.ofEntries(
      Map.entry("01-meeting-network.cypher", new Expectation(params("from", null, "to", null),
          rows -> assertThat(rows).hasSize(2))),
      Map.entry("02-person-meetings.cypher", new Expectation(params("person", "Nurtleu"), rows -> {
        assertThat(rows).extracting(r -> r.get("date").asLocalDate())
            .containsExactly(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 3, 5));
        assertThat(rows.get(0).get("with").asList()).containsExactly("Ian Borg");
        assertThat(rows.get(0).get("place").asString()).isEqualTo("Astana");
        assertThat(rows.get(1).get("kind").asString()).isEqualTo("phone-call");
      })),
      Map.entry("03-country-meetings.cypher", new Expectation(params("country", "JP"), rows ->
          assertThat(rows).singleElement().satisfies(r -> assertThat(r.get("with").asList()).containsExactly("Murat Nurtleu")))),
      Map.entry("04-country-pair-topics.cypher", new Expectation(params("a", "KZ", "b", "MT"), rows ->
          assertThat(rows).singleElement().satisfies(r -> assertThat(r.get("topics").asList())
              .contains("Energy", "Trade", "Transport and connectivity")))),
      Map.entry("05-officials-by-role.cypher", new Expectation(params("role", "foreign-minister", "country", null), rows ->
          assertThat(rows).extracting(r -> r.get("official").asString())
              .containsExactlyInAnyOrder("Takeshi Iwaya", "Murat Nurtleu", "Ian Borg"))),
      Map.entry("06-post-holder-on-date.cypher", new Expectation(params("role", "foreign-minister", "country", "KZ", "date", "2025-03-01"),
          rows -> assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("holder").asString()).isEqualTo("Murat Nurtleu");
            assertThat(r.get("articles").asInt()).isEqualTo(3);
          }))),
      Map.entry("07-posts-of-person.cypher", new Expectation(params("person", "Ian Borg"), rows ->
          assertThat(rows).singleElement().satisfies(r -> assertThat(r.get("of").asString()).isEqualTo("Malta")))),
      Map.entry("08-most-active-diplomats.cypher", new Expectation(params("limit", 10), rows -> {
        assertThat(rows.get(0).get("person").asString()).isEqualTo("Murat Nurtleu");
        assertThat(rows.get(0).get("meetings").asInt()).isEqualTo(2);
      })),
      Map.entry("09-frequent-pairs.cypher", new Expectation(params("limit", 10), rows -> assertThat(rows).hasSize(2))),
      Map.entry("10-organisations.cypher", new Expectation(params(), rows -> assertThat(rows).isNotNull())),
      Map.entry("11-evidence.cypher", new Expectation(params("name", "Ian Borg"), rows -> {
        assertThat(rows).isNotEmpty();
        assertThat(rows).allSatisfy(r -> assertThat(r.get("sentence").asString()).isNotBlank());
        assertThat(rows).extracting(r -> r.get("source").asString()).contains("Example Wire", "Example Daily");
      })),
      Map.entry("12-documents.cypher", new Expectation(params(), rows -> assertThat(rows).singleElement().satisfies(r -> {
        assertThat(r.get("document").asString()).isEqualTo("Helsinki Final Act");
        assertThat(r.get("by").asList()).containsExactlyInAnyOrder("Murat Nurtleu", "Ian Borg");
      }))),
      Map.entry("13-topics-together.cypher", new Expectation(params("limit", 20), rows ->
          assertThat(rows).extracting(r -> r.get("topic").asString() + "+" + r.get("with").asString()).contains("Energy+Trade"))),
      Map.entry("14-article-contribution.cypher", new Expectation(params("article", "kz-jp-call"), rows ->
          assertThat(rows).extracting(r -> r.get("what").isNull() ? "" : r.get("what").asString())
              // a telephone call is held nowhere: the dateline city is no place of it
              .contains("Takeshi Iwaya", "Murat Nurtleu", "Japan").doesNotContain("Astana"))),
      Map.entry("15-same-meeting-articles.cypher", new Expectation(params(), rows ->
          assertThat(rows).singleElement().satisfies(r -> assertThat(r.get("reports").asList()).hasSize(2)))),
      // every name is written one way in this corpus; LifecycleIT checks the query on a merge
      Map.entry("16-merges.cypher", new Expectation(params(), rows -> assertThat(rows).isEmpty())));

  @Test
  void thereAreAtLeastTwelveQueriesEachWithAQuestionAndAnExpectation() {
    List<ReadyQuery> queries = ReadyQuery.all();
    assertThat(queries).hasSizeGreaterThanOrEqualTo(12);
    assertThat(queries).extracting(ReadyQuery::file).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
  }

  @Test
  void everyQueryParsesAndReturnsWhatTheCorpusHolds() {
    for (ReadyQuery q : ReadyQuery.all()) {
      Expectation e = EXPECTED.get(q.file());
      assertThat(e).as("an expectation for " + q.file()).isNotNull();
      List<Record> rows = run(q, e.params());
      try {
        e.check().accept(rows);
      } catch (AssertionError failure) {
        throw new AssertionError(q.file() + ": " + failure.getMessage() + "\nrows: " + rows, failure);
      }
    }
  }
}
