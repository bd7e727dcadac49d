package org.diplograph.graph;

import org.diplograph.importing.Importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.diplograph.TestPaths;
import org.diplograph.article.Article;
import org.diplograph.extract.Affiliation;
import org.diplograph.extract.Extraction;
import org.diplograph.extract.MeetingKind;
import org.diplograph.extract.MeetingStatus;
import org.diplograph.extract.Party;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles accumulating in a real server: resolution across articles, removal, replacement, failures. */
class LifecycleIT {

  @TempDir static Path home;
  static Graph graph;
  static GraphWriter writer;

  @BeforeAll
  static void start() {
    graph = org.diplograph.TestGraphs.open(home);
    writer = new GraphWriter(graph.driver());
  }

  @AfterAll
  static void stop() {
    graph.close();
  }

  @BeforeEach
  void empty() {
    try (var session = graph.driver().session()) {
      session.run("MATCH (n) DETACH DELETE n").consume();
    }
  }

  private static long count(String cypher) {
    try (var session = graph.driver().session()) {
      return session.run(cypher).single().get(0).asLong();
    }
  }

  private static Article article(String file, String text, LocalDate published) {
    return Article.of(file.replace(".txt", ""), file, text, null, null, "Test Wire", published);
  }

  private static Extraction.Person minister(String name, String iso2) {
    return holder(name, "foreign-minister", iso2);
  }

  private static Extraction.Person holder(String name, String role, String iso2) {
    return new Extraction.Person(name, List.of(name), List.of(new Extraction.Position("Foreign Minister", role,
        new Affiliation.Country(iso2), "said the " + iso2 + " minister")), "about " + name);
  }

  private static Extraction meeting(String article, LocalDate date, Extraction.Person a, Extraction.Person b,
      List<Extraction.Document> documents) {
    String evidence = a.name() + " met " + b.name();
    return new Extraction(article, date, "Test Wire", null, List.of(a, b),
        List.of(new Extraction.CountryMention(((Affiliation.Country) a.positions().get(0).of()).iso2(), evidence),
            new Extraction.CountryMention(((Affiliation.Country) b.positions().get(0).of()).iso2(), evidence)),
        List.of(), List.of(new Extraction.Meeting(List.of(Party.person(a.name()), Party.person(b.name())), date, "Astana",
            MeetingKind.MEETING, MeetingStatus.HELD, evidence)),
        List.of(new Extraction.Topic("trade", evidence)), documents);
  }

  @Test
  void nameVariantsAreOnePersonAndTheMergeIsRecorded() {
    LocalDate d = LocalDate.of(2025, 4, 1);
    writer.write(article("a.txt", "first report", d), meeting("a", d, minister("Kassym-Jomart Kemeluly Tokayev", "KZ"),
        minister("Feridun Sinirlioğlu", "TR"), List.of()));
    writer.write(article("b.txt", "second report", d.plusDays(20)), meeting("b", d.plusDays(20),
        minister("Kassym-Jomart Tokayev", "KZ"), minister("Feridun Sinirlioglu", "TR"), List.of()));
    assertThat(count("MATCH (p:Person) RETURN count(p)")).isEqualTo(2);
    try (var session = graph.driver().session()) {
      var tokayev = session.run("MATCH (p:Person {id: 'kassym-jomart-kemeluly-tokayev'}) OPTIONAL MATCH (:Article)-[m:MERGED]->(p) RETURN p.aliases AS a, collect(m.key) AS m").single();
      assertThat(tokayev.get("a").asList()).contains("Kassym-Jomart Kemeluly Tokayev", "Kassym-Jomart Tokayev");
      assertThat(tokayev.get("m").asList()).singleElement().asString().contains("kassym-jomart-tokayev");
    }
    assertThat(count("MATCH (:Person)-[h:HOLDS]->(:Country {iso2: 'KZ'}) RETURN count(h)")).isEqualTo(1);
    assertThat(count("MATCH (:Person)-[h:HOLDS]->(:Country {iso2: 'KZ'}) RETURN size(h.articles)")).isEqualTo(2);
  }

  @Test
  void aSurnameAloneWithTheSamePostIsTheKnownPerson() {
    LocalDate d = LocalDate.of(2025, 4, 1);
    writer.write(article("a.txt", "full names", d), meeting("a", d, minister("Sergey Lavrov", "RU"), minister("Ana Soto", "CL"), List.of()));
    writer.write(article("b.txt", "surname only", d.plusDays(9)), meeting("b", d.plusDays(9), minister("Lavrov", "RU"),
        minister("Ivan Petrov", "BG"), List.of()));
    writer.write(article("c.txt", "another Lavrov", d.plusDays(9)), meeting("c", d.plusDays(9), holder("Lavrov", "ambassador", "BY"),
        minister("Lena Varga", "HU"), List.of()));
    assertThat(count("MATCH (:Article)-[m:MERGED]->(p:Person {id: 'sergey-lavrov'}) RETURN count(m)")).isEqualTo(1);
    assertThat(count("MATCH (p:Person {id: 'sergey-lavrov'})-[:PARTICIPATED_IN]->(m) RETURN count(m)")).isEqualTo(2);
    assertThat(count("MATCH (p:Person {id: 'lavrov'}) RETURN count(p)")).isEqualTo(1); // the one with another role
  }

  @Test
  void aOneWordNameWithoutAPostIsWrittenToo() {
    LocalDate d = LocalDate.of(2025, 4, 1);
    Extraction.Person bare = new Extraction.Person("Putin", List.of("Putin"), List.of(), "Putin said");
    Extraction e = meeting("a", d, minister("Ana Soto", "CL"), minister("Ivan Petrov", "BG"), List.of());
    Extraction withBare = new Extraction("a", d, "Test Wire", null, List.of(e.persons().get(0), bare), e.countries(), List.of(),
        List.of(new Extraction.Meeting(List.of(Party.person("Ana Soto"), Party.person("Putin")), d, null, MeetingKind.PHONE_CALL,
            MeetingStatus.HELD, "Soto called Putin")),
        e.topics(), List.of(new Extraction.Document("Some Accord", null, "the accord")));
    assertThat(writer.write(article("a.txt", "bare names", d), withBare).unchanged()).isFalse();
    assertThat(count("MATCH (:Person {name: 'Putin'})-[r:PARTICIPATED_IN]->() WHERE r.capacity IS NULL RETURN count(r)")).isEqualTo(1);
  }

  @Test
  void strangersWhoShareASurnameStayApart() {
    LocalDate d = LocalDate.of(2025, 4, 1);
    writer.write(article("a.txt", "petrovs", d), meeting("a", d, minister("Ivan Petrov", "BG"), minister("Boris Petrov", "RU"), List.of()));
    assertThat(count("MATCH (p:Person) RETURN count(p)")).isEqualTo(2);
  }

  @Test
  void aMeetingReportedByTwoArticlesADayApartIsOneNodeWithTwoReports() {
    LocalDate d = LocalDate.of(2025, 4, 1);
    writer.write(article("a.txt", "wire report", d), meeting("a", d, minister("Ana Soto", "CL"), minister("Ivan Petrov", "BG"), List.of()));
    writer.write(article("b.txt", "daily report", d.plusDays(1)), meeting("b", d.plusDays(1), minister("Ivan Petrov", "BG"),
        minister("Ana Soto", "CL"), List.of()));
    assertThat(count("MATCH (m:Meeting) RETURN count(m)")).isEqualTo(1);
    assertThat(count("MATCH (:Article)-[r:REPORTS]->(:Meeting) RETURN count(r)")).isEqualTo(2);
  }

  @Test
  void removingAnArticleKeepsWhatAnotherArticleSupportsAndDeletesTheRest() {
    LocalDate d = LocalDate.of(2025, 4, 1);
    Article a = article("a.txt", "wire report", d);
    Article b = article("b.txt", "daily report with a treaty", d.plusDays(3));
    writer.write(a, meeting("a", d, minister("Ana Soto", "CL"), minister("Ivan Petrov", "BG"), List.of()));
    writer.write(b, meeting("b", d, minister("Ana Soto", "CL"), minister("Ivan Petrov", "BG"),
        List.of(new Extraction.Document("Treaty of Friendship", 1990, "the treaty"))));
    assertThat(count("MATCH (:Person {id: 'ana-soto'})-[h:HOLDS]->() RETURN size(h.articles)")).isEqualTo(2);

    assertThat(writer.remove(b.id())).isTrue();
    assertThat(count("MATCH (d:Document) RETURN count(d)")).isZero();
    assertThat(count("MATCH (:Person {id: 'ana-soto'})-[h:HOLDS]->() RETURN size(h.articles)")).isEqualTo(1);
    try (var session = graph.driver().session()) {
      assertThat(session.run("MATCH (:Person {id: 'ana-soto'})-[h:HOLDS]->() RETURN h.lastSeen AS l").single().get("l").asLocalDate())
          .isEqualTo(d);
    }
    assertThat(count("MATCH (m:Meeting)<-[:REPORTS]-(:Article) RETURN count(m)")).isEqualTo(1);
    assertThat(count("MATCH (p:Person) RETURN count(p)")).isEqualTo(2);

    assertThat(writer.remove(a.id())).isTrue();
    assertThat(count("MATCH (n) WHERE NOT n:Country AND NOT n:Topic AND NOT n:WriteLock RETURN count(n)")).isZero();
    assertThat(writer.remove(a.id())).isFalse();
  }

  @Test
  void aChangedArticleReplacesExactlyItsOwnContributions() {
    LocalDate d = LocalDate.of(2025, 4, 1);
    writer.write(article("same.txt", "first version", d), meeting("same", d, minister("Ana Soto", "CL"), minister("Ivan Petrov", "BG"), List.of()));
    writer.write(article("other.txt", "another article", d), meeting("other", d, minister("Ana Soto", "CL"), minister("Lena Varga", "HU"), List.of()));
    writer.write(article("same.txt", "second version", d), meeting("same", d, minister("Ana Soto", "CL"), minister("Omar Haddad", "JO"), List.of()));
    assertThat(count("MATCH (a:Article {file: 'same.txt'}) RETURN count(a)")).isEqualTo(1);
    assertThat(count("MATCH (p:Person {id: 'ivan-petrov'}) RETURN count(p)")).isZero();
    assertThat(count("MATCH (p:Person) WHERE p.id IN ['ana-soto', 'lena-varga', 'omar-haddad'] RETURN count(p)")).isEqualTo(3);
    assertThat(count("MATCH (:Person {id: 'ana-soto'})-[h:HOLDS]->() RETURN size(h.articles)")).isEqualTo(2);
  }

  @Test
  void aMergeIsExplainedByTheReadyQueryAndUndoneByTheUnmergeCommand(@TempDir Path articles) throws Exception {
    java.nio.file.Files.writeString(articles.resolve("a-full-name.txt"), """
        published: 2025-03-03
        source: Test Wire

        ALMATY, March 3. Kazakh Foreign Minister Murat Bakhtiyaruly Nurtleu met Maltese Foreign Minister Ian Borg
        in Almaty on Monday. The two ministers discussed trade.
        """);
    java.nio.file.Files.writeString(articles.resolve("b-short-name.txt"), """
        published: 2025-03-10
        source: Test Wire

        ASTANA, March 10. Kazakh Foreign Minister Murat Nurtleu met Japanese Foreign Minister Takeshi Iwaya
        in Astana on Monday. The two ministers discussed energy.
        """);
    new Importer(graph, new org.diplograph.extract.Extractor()).importPaths(List.of(articles.resolve("a-full-name.txt")), p -> { });
    new Importer(graph, new org.diplograph.extract.Extractor()).importPaths(List.of(articles.resolve("b-short-name.txt")), p -> { });
    assertThat(count("MATCH (p:Person) WHERE p.name CONTAINS 'Murat' RETURN count(p)")).isEqualTo(1);
    String merged = "murat-bakhtiyaruly-nurtleu";
    assertThat(count("MATCH (:Person {id: '" + merged + "'})-[:PARTICIPATED_IN]->(m) RETURN count(m)")).isEqualTo(2);

    var explained = org.diplograph.browser.ReadyQuery.all().stream().filter(q -> q.file().startsWith("16-")).findFirst().orElseThrow();
    try (var session = graph.driver().session()) {
      assertThat(session.run(explained.cypher()).list()).singleElement().satisfies(r -> {
        assertThat(r.get("person").asString()).isEqualTo(merged);
        assertThat(r.get("merge").asString()).startsWith("same given name and surname: murat-nurtleu in article ");
      });
    }

    org.diplograph.Cli.Run run = org.diplograph.Cli.run("unmerge", merged, "Murat Nurtleu", "--neo4j.uri=" + graph.boltUri());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("1 articles rewritten");
    assertThat(count("MATCH (p:Person) WHERE p.name CONTAINS 'Murat' RETURN count(p)")).isEqualTo(2);
    assertThat(count("MATCH (:Person {id: '" + merged + "'})-[:PARTICIPATED_IN]->(m) RETURN count(m)")).isEqualTo(1);
    assertThat(count("MATCH (:Person {id: 'murat-nurtleu'})-[:PARTICIPATED_IN]->(m)<-[:PARTICIPATED_IN]-(:Person {name: 'Takeshi Iwaya'})"
        + " RETURN count(m)")).isEqualTo(1);
    assertThat(count("MATCH (p:Person {id: '" + merged + "'}) WHERE 'Murat Nurtleu' IN p.aliases OR EXISTS { (:Article)-[:MERGED]->(p) }"
        + " RETURN count(p)")).isZero();
    assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(2);

    // the name stays apart in later imports, and a second unmerge finds nothing to undo
    java.nio.file.Files.writeString(articles.resolve("c-short-name-again.txt"), """
        published: 2025-03-17
        source: Test Wire

        ASTANA, March 17. Kazakh Foreign Minister Murat Nurtleu received Maltese Foreign Minister Ian Borg
        in Astana on Monday.
        """);
    new Importer(graph, new org.diplograph.extract.Extractor()).importPaths(List.of(articles.resolve("c-short-name-again.txt")), p -> { });
    assertThat(count("MATCH (p:Person) WHERE p.name CONTAINS 'Murat' RETURN count(p)")).isEqualTo(2);
    assertThat(count("MATCH (:Person {id: 'murat-nurtleu'})-[:PARTICIPATED_IN]->(m) RETURN count(m)")).isEqualTo(2);
    assertThat(org.diplograph.Cli.run("unmerge", merged, "Murat Nurtleu", "--neo4j.uri=" + graph.boltUri()).exitCode()).isEqualTo(1);
  }

  private static Extraction naming(String article, LocalDate date, Extraction.Organisation... organisations) {
    return new Extraction(article, date, "Test Wire", null, List.of(), List.of(), List.of(organisations), List.of(),
        List.of(), List.of());
  }

  private static Extraction.Organisation organisation(String name, String... mentions) {
    return new Extraction.Organisation(name, List.of(mentions), null, null, "it names " + name);
  }

  @Test
  void anAcronymAndItsLongNameAreOneOrganisationAcrossArticlesAndSharedAcronymsStayApart() {
    LocalDate d = LocalDate.of(2025, 5, 1);
    // the acronym alone first, the long name with it later: one node, which takes the long name
    writer.write(article("a.txt", "acronym only", d), naming("a", d, organisation("EDB", "EDB")));
    writer.write(article("b.txt", "long name", d), naming("b", d,
        organisation("Eurasian Development Bank", "Eurasian Development Bank", "EDB")));
    // the acronym alone again: the same organisation
    writer.write(article("c.txt", "acronym again", d), naming("c", d, organisation("EDB", "EDB")));
    assertThat(count("MATCH (o:Organization) RETURN count(o)")).isEqualTo(1);
    assertThat(count("MATCH (o:Organization {name: 'Eurasian Development Bank'})<-[:MENTIONS]-(a:Article) RETURN count(a)"))
        .isEqualTo(3);
    assertThat(count("MATCH (:Article)-[m:MERGED {rule: 'long name of the acronym', key: 'eurasian-development-bank'}]->"
        + "(o:Organization {id: 'edb'}) RETURN count(o)")).isEqualTo(1);
    // the long name first, the acronym alone later
    writer.write(article("e.txt", "council long", d), naming("e", d,
        organisation("Caspian Transit Council", "Caspian Transit Council", "CTC")));
    writer.write(article("f.txt", "council short", d), naming("f", d, organisation("CTC", "CTC")));
    assertThat(count("MATCH (o:Organization {id: 'caspian-transit-council'})<-[:MENTIONS]-(a:Article) WHERE EXISTS {"
        + " (:Article)-[:MERGED {rule: 'acronym', key: 'ctc'}]->(o) } RETURN count(a)")).isEqualTo(2);
    assertThat(count("MATCH (o:Organization) RETURN count(o)")).isEqualTo(2);
    // another long name with the same acronym is another organisation
    writer.write(article("d.txt", "same letters", d), naming("d", d,
        organisation("European Debating Board", "European Debating Board", "EDB")));
    assertThat(count("MATCH (o:Organization) RETURN count(o)")).isEqualTo(3);
  }

  @Test
  void aFailureInTheMiddleOfAnArticleLeavesNoTraceOfIt() {
    LocalDate d = LocalDate.of(2025, 4, 1);
    GraphWriter failing = new GraphWriter(graph.driver(), statement -> {
      if (statement.equals("meetings")) {
        throw new IllegalStateException("injected failure before the meetings");
      }
    });
    assertThatThrownBy(() -> failing.write(article("a.txt", "doomed", d),
        meeting("a", d, minister("Ana Soto", "CL"), minister("Ivan Petrov", "BG"), List.of())))
        .hasMessageContaining("injected failure");
    assertThat(count("MATCH (n) RETURN count(n)")).isZero();
    assertThat(writer.write(article("a.txt", "doomed", d), meeting("a", d, minister("Ana Soto", "CL"),
        minister("Ivan Petrov", "BG"), List.of())).unchanged()).isFalse();
    assertThat(count("MATCH (p:Person) RETURN count(p)")).isEqualTo(2);
    Map<String, Long> before = graph.stats();
    assertThat(writer.write(article("a.txt", "doomed", d), meeting("a", d, minister("Ana Soto", "CL"),
        minister("Ivan Petrov", "BG"), List.of())).unchanged()).isTrue();
    assertThat(graph.stats()).isEqualTo(before);
  }

  @Test
  void namesFullOfCypherAndRdfSyntaxAreStoredAndExportedVerbatim() {
    LocalDate d = LocalDate.of(2025, 4, 1);
    String nasty = "Robert'}) DETACH DELETE n // \"\"\" <b>\n O'Brien";
    String other = "Anna {x: 1} > \\ Smith";
    writer.write(article("nasty.txt", "nasty names", d), meeting("nasty", d, minister(nasty, "IE"), minister(other, "PL"), List.of()));
    try (var session = graph.driver().session()) {
      var names = session.run("MATCH (p:Person) RETURN p.name AS n ORDER BY n").list(r -> r.get("n").asString());
      assertThat(names).containsExactlyInAnyOrder(nasty, other);
    }
    assertThat(count("MATCH (m:Meeting) RETURN count(m)")).isEqualTo(1);
    var out = new java.io.ByteArrayOutputStream();
    new org.diplograph.rdf.RdfExporter(graph.driver(), "https://example.org/").export(
        org.diplograph.rdf.RdfExporter.Format.TURTLE, out);
    var model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
    org.apache.jena.riot.RDFDataMgr.read(model, new java.io.ByteArrayInputStream(out.toByteArray()), org.apache.jena.riot.Lang.TURTLE);
    assertThat(model.listObjectsOfProperty(org.apache.jena.vocabulary.SchemaDO.name).toList())
        .extracting(n -> n.asLiteral().getString()).contains(nasty, other);
  }
}
