package org.diplograph.graph;

import org.diplograph.importing.Importer;
import org.diplograph.importing.Summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.diplograph.TestPaths;
import org.diplograph.config.DiplographProperties;
import org.diplograph.extract.Extractor;
import org.diplograph.rdf.RdfExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;

/** The seed imported into a real embedded Neo4j server, checked over Bolt, exported and parsed back. */
class SeedImportIT {

  @TempDir static Path home;
  static Graph graph;
  static Summary first;
  static Map<String, Long> countsAfterFirst;

  @BeforeAll
  static void importSeed() {
    graph = org.diplograph.TestGraphs.open(home);
    first = new Importer(graph, new Extractor()).importPaths(List.of(TestPaths.seeds()), line -> { });
    countsAfterFirst = graph.stats();
  }

  @AfterAll
  static void stop() {
    graph.close();
  }

  private static List<Record> query(String cypher) {
    try (var session = graph.driver().session()) {
      return session.run(cypher).list();
    }
  }

  @Test
  void theSeedIsImportedInOneGo() {
    assertThat(first.read()).isEqualTo(1);
    assertThat(first.imported()).isEqualTo(1);
    assertThat(first.failures()).isEmpty();
    assertThat(first.nodesCreated()).isPositive();
  }

  @Test
  void personsHoldTheirPostsForTheirCountryAndOrganisation() {
    List<Record> rows = query("MATCH (p:Person)-[h:HOLDS]->(t) RETURN p.name AS person, h.role AS role, "
        + "coalesce(t.iso2, t.id) AS target, h.evidence AS evidence, h.articles AS articles ORDER BY person, role");
    assertThat(rows).extracting(r -> r.get("person").asString() + " " + r.get("role").asString() + " " + r.get("target").asString())
        .containsExactly("Ian Borg foreign-minister MT", "Ian Borg head-of-organisation osce",
            "Murat Nurtleu deputy-head-of-government KZ", "Murat Nurtleu foreign-minister KZ");
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.get("evidence").asString()).contains("Trend reports");
      assertThat(r.get("articles").asList()).hasSize(1);
    });
  }

  @Test
  void countriesAndTheOsceAreNodesWithTheirKeys() {
    assertThat(query("MATCH (c:Country) RETURN c.iso2 AS k ORDER BY k")).extracting(r -> r.get("k").asString())
        .containsExactly("KZ", "MT");
    assertThat(query("MATCH (o:Organization {id: 'osce'}) RETURN o.wikidata AS w")).singleElement()
        .satisfies(r -> assertThat(r.get("w").asString()).isEqualTo("Q81299"));
    assertThat(query("MATCH (:Organization)-[:PART_OF]->(o:Organization {id: 'osce'}) RETURN count(*) AS n").get(0).get("n").asLong())
        .isEqualTo(1);
  }

  @Test
  void oneHeldMeetingInAstanaWithBothParticipantsAndItsTopics() {
    List<Record> rows = query("MATCH (m:Meeting)-[:HELD_IN]->(pl:Place)-[:IN]->(c:Country) "
        + "MATCH (p:Person)-[:PARTICIPATED_IN]->(m) "
        + "RETURN m.date AS date, m.status AS status, m.kind AS kind, pl.name AS place, c.iso2 AS country, collect(p.name) AS who");
    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.get("date").asLocalDate()).isEqualTo(LocalDate.of(2024, 6, 25));
      assertThat(r.get("status").asString()).isEqualTo("held");
      assertThat(r.get("kind").asString()).isEqualTo("meeting");
      assertThat(r.get("place").asString()).isEqualTo("Astana");
      assertThat(r.get("country").asString()).isEqualTo("KZ");
      assertThat(r.get("who").asList()).containsExactlyInAnyOrder("Murat Nurtleu", "Ian Borg");
    });
    assertThat(query("MATCH (:Meeting)-[d:DISCUSSED]->(t:Topic) WHERE d.evidence <> '' RETURN t.id AS t"))
        .extracting(r -> r.get("t").asString()).contains("terrorism", "border-security", "tourism");
    assertThat(query("MATCH (:Meeting)-[:REFERS_TO]->(d:Document) RETURN d.name AS n ORDER BY n"))
        .extracting(r -> r.get("n").asString()).containsExactly("Astana Declaration", "Helsinki Final Act");
  }

  @Test
  void theArticleKeepsItsSourceDateAndText() {
    assertThat(query("MATCH (a:Article)-[r:REPORTS]->(:Meeting) RETURN a.source AS s, a.published AS d, a.text AS t, r.evidence AS e"))
        .singleElement().satisfies(r -> {
          assertThat(r.get("s").asString()).isEqualTo("Trend");
          assertThat(r.get("d").asLocalDate()).isEqualTo(LocalDate.of(2024, 6, 25));
          assertThat(r.get("t").asString()).contains("Valletta presides");
          assertThat(r.get("e").asString()).isNotBlank();
        });
  }

  @Test
  void everyFactEdgeCarriesEvidence() {
    long without = query("MATCH ()-[r:HOLDS|PARTICIPATED_IN|DISCUSSED|REFERS_TO|REPORTS|MENTIONS|HELD_IN]->() "
        + "WHERE r.evidence IS NULL OR r.evidence = '' RETURN count(r) AS n").get(0).get("n").asLong();
    assertThat(without).isZero();
  }

  @Test
  void importingTheSameFileAgainChangesNothing() {
    Summary again = new Importer(graph, new Extractor()).importPaths(List.of(TestPaths.seeds()), line -> { });
    assertThat(again.unchanged()).isEqualTo(1);
    assertThat(again.imported()).isZero();
    assertThat(graph.stats()).isEqualTo(countsAfterFirst);
  }

  @Test
  void anArticleOverTheSizeOrTimeLimitFailsWithAClearReasonAndLeavesNothing(@TempDir Path other) throws Exception {
    java.nio.file.Files.writeString(other.resolve("long.txt"), "Ana Soto met Ivan Petrov in Oslo. ".repeat(20));
    org.diplograph.config.DiplographProperties.Limits small = new org.diplograph.config.DiplographProperties.Limits();
    small.setMaxChars(100);
    Summary tooLong = new Importer(graph, new Extractor(), small).importPaths(List.of(other), p -> { });
    assertThat(tooLong.failures()).singleElement().satisfies(f -> {
      assertThat(f.file()).endsWith("long.txt");
      assertThat(f.reason()).contains("over the limit of 100").contains("limits.max-chars");
    });
    org.diplograph.config.DiplographProperties.Limits hurried = new org.diplograph.config.DiplographProperties.Limits();
    hurried.setExtractSeconds(0);
    Summary tooSlow = new Importer(graph, new Extractor(), hurried).importPaths(List.of(other), p -> { });
    assertThat(tooSlow.failures()).singleElement().satisfies(f -> assertThat(f.reason()).contains("limits.extract-seconds"));
    assertThat(tooSlow.exitCode()).isEqualTo(1);
    assertThat(graph.stats()).isEqualTo(countsAfterFirst);
  }

  @Test
  void theTurtleExportParsesWithJenaAndNamesThePersonsCountriesAndMeeting() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long triples = new RdfExporter(graph.driver(), "https://example.org/dg/").export(RdfExporter.Format.TURTLE, out);
    Model model = ModelFactory.createDefaultModel();
    RDFDataMgr.read(model, new ByteArrayInputStream(out.toByteArray()), Lang.TURTLE);
    assertThat(model.size()).isEqualTo(triples);
    assertThat(model.contains(model.createResource("https://example.org/dg/person/murat-nurtleu"), SchemaDO.name, "Murat Nurtleu")).isTrue();
    assertThat(model.contains(model.createResource("https://example.org/dg/person/ian-borg"), SchemaDO.name, "Ian Borg")).isTrue();
    assertThat(model.contains(model.createResource("https://example.org/dg/country/KZ"), RDF.type, SchemaDO.Country)).isTrue();
    assertThat(model.contains(model.createResource("https://example.org/dg/country/MT"), RDF.type, SchemaDO.Country)).isTrue();
    assertThat(model.listSubjectsWithProperty(RDF.type, SchemaDO.Event).toList()).singleElement()
        .satisfies(meeting -> assertThat(meeting.listProperties(SchemaDO.attendee).toList()).hasSize(2));
  }
}
