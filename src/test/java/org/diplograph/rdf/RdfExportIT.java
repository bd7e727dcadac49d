package org.diplograph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.diplograph.TestPaths;
import org.diplograph.extract.Extractor;
import org.diplograph.importing.Importer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RDF export of a real graph (the seed and the test corpus): formats, shapes, named graphs, SPARQL. */
class RdfExportIT {

  private static final String BASE = "https://example.org/dg/";

  @TempDir static Path home;
  static org.diplograph.graph.Graph graph;
  static RdfExporter exporter;

  @BeforeAll
  static void importArticles() {
    graph = org.diplograph.TestGraphs.open(home);
    new Importer(graph, new Extractor()).importPaths(List.of(TestPaths.seeds(), Path.of("src", "test", "resources", "corpus")), l -> { });
    exporter = new RdfExporter(graph.driver(), BASE);
  }

  @AfterAll
  static void stop() {
    graph.close();
  }

  private static byte[] export(RdfExporter.Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.export(format, out);
    return out.toByteArray();
  }

  private static long count(Graph g, Node type) {
    return g.stream(Node.ANY, RDF.type.asNode(), type).count();
  }

  private static long graphCount(String cypher) {
    try (var session = graph.driver().session()) {
      return session.run(cypher).single().get(0).asLong();
    }
  }

  @Test
  void everyClassHasAsManyResourcesAsTheGraphHasNodes() {
    Graph g = exporter.dataset(false).getDefaultGraph();
    Map<Node, String> counts = Map.of(
        SchemaDO.Person.asNode(), "MATCH (n:Person) RETURN count(n)",
        SchemaDO.Country.asNode(), "MATCH (n:Country) RETURN count(n)",
        SchemaDO.Organization.asNode(), "MATCH (n:Organization) RETURN count(n)",
        SchemaDO.Place.asNode(), "MATCH (n:Place) RETURN count(n)",
        SchemaDO.Event.asNode(), "MATCH (n:Meeting) RETURN count(n)",
        SKOS.Concept.asNode(), "MATCH (n:Topic) RETURN count(n)",
        SchemaDO.NewsArticle.asNode(), "MATCH (n:Article) RETURN count(n)",
        SchemaDO.CreativeWork.asNode(), "MATCH (n:Document) RETURN count(n)",
        ORG.Post.asNode(), "MATCH ()-[h:HOLDS]->() RETURN count(h)");
    counts.forEach((type, cypher) -> assertThat(count(g, type)).as(type.getURI()).isEqualTo(graphCount(cypher)).isPositive());
  }

  @Test
  void everyFormatParsesBackToTheSameData() {
    Graph merged = exporter.dataset(false).getDefaultGraph();
    DatasetGraph withGraphs = exporter.dataset(true);
    for (RdfExporter.Format format : RdfExporter.Format.values()) {
      byte[] bytes = export(format);
      if (format == RdfExporter.Format.TRIG || format == RdfExporter.Format.NQUADS) {
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.lang()).parse(parsed);
        assertThat(IsoMatcher.isomorphic(parsed, withGraphs)).as(format.name()).isTrue();
      } else {
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.lang()).parse(parsed);
        assertThat(parsed.isIsomorphicWith(merged)).as(format.name()).isTrue();
      }
    }
  }

  @Test
  void turtleAndNTriplesAlsoParseWithRaptor() throws Exception {
    boolean ci = "true".equals(System.getenv("CI"));
    boolean present = Files.isExecutable(Path.of("/usr/bin/rapper"));
    assertThat(present || !ci).as("rapper (raptor2-utils) is installed by .ci/run").isTrue();
    assumeTrue(present, "rapper not installed");
    long triples = exporter.dataset(false).getDefaultGraph().size();
    for (RdfExporter.Format format : List.of(RdfExporter.Format.TURTLE, RdfExporter.Format.NTRIPLES)) {
      Path file = Files.createTempFile("export", "." + format.name().toLowerCase());
      Files.write(file, export(format));
      Process rapper = new ProcessBuilder("rapper", "-q", "-i", format == RdfExporter.Format.TURTLE ? "turtle" : "ntriples",
          "-o", "ntriples", file.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      List<String> lines = new String(rapper.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().distinct().toList();
      assertThat(rapper.waitFor()).as(format.name()).isZero();
      assertThat((long) lines.size()).as(format.name()).isEqualTo(triples);
    }
  }

  @Test
  void theExportConformsToTheShapesAndABrokenGraphDoesNot() {
    var report = ShapeValidator.validate(exporter.dataset(false).getDefaultGraph());
    assertThat(ShapeValidator.lines(report)).isEmpty();
    Graph broken = GraphFactory.createDefaultGraph();
    broken.add(NodeFactory.createURI(BASE + "person/nameless"), RDF.type.asNode(), SchemaDO.Person.asNode());
    broken.add(NodeFactory.createURI(BASE + "country/XX"), RDF.type.asNode(), SchemaDO.Country.asNode());
    assertThat(ShapeValidator.validate(broken).conforms()).isFalse();
  }

  @Test
  void aSyntheticCorpusExportsWithoutViolations() {
    org.diplograph.synthetic.CorpusGenerator generator = new org.diplograph.synthetic.CorpusGenerator(7);
    org.diplograph.graph.GraphWriter writer = new org.diplograph.graph.GraphWriter(graph.driver());
    for (int i = 0; i < 150; i++) {
      var g = generator.article(i);
      writer.write(g.article(), g.extraction());
    }
    var report = ShapeValidator.validate(exporter.dataset(false).getDefaultGraph());
    assertThat(ShapeValidator.lines(report)).isEmpty();
  }

  @Test
  void eachArticleHasANamedGraphDescribedByItsArticle() {
    DatasetGraph data = exporter.dataset(true);
    long articles = graphCount("MATCH (a:Article) RETURN count(a)");
    assertThat(data.listGraphNodes()).toIterable().hasSize((int) articles);
    String callId;
    try (var session = graph.driver().session()) {
      callId = session.run("MATCH (a:Article {name: 'kz-jp-call'}) RETURN a.id").single().get(0).asString();
    }
    Node callGraph = NodeFactory.createURI(BASE + "graph/" + callId);
    assertThat(data.getDefaultGraph().contains(callGraph, NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"),
        NodeFactory.createURI(BASE + "article/" + callId))).isTrue();
    Graph call = data.getGraph(callGraph);
    assertThat(call.contains(NodeFactory.createURI(BASE + "person/takeshi-iwaya"), Node.ANY, Node.ANY)).isTrue();
    assertThat(call.contains(NodeFactory.createURI(BASE + "person/ian-borg"), Node.ANY, Node.ANY)).isFalse();
  }

  @Test
  void irisAreStableAcrossRunsAndUnderTheConfiguredBase() {
    assertThat(new String(export(RdfExporter.Format.NTRIPLES), StandardCharsets.UTF_8).lines().sorted().toList())
        .isEqualTo(new String(export(RdfExporter.Format.NTRIPLES), StandardCharsets.UTF_8).lines().sorted().toList());
    assertThat(exporter.iri("Person", "murat-nurtleu")).isEqualTo(BASE + "person/murat-nurtleu");
    assertThat(exporter.iri("Country", "KZ")).isEqualTo(BASE + "country/KZ");
  }

  @Test
  void theSparqlEndpointAnswersAndFollowsImports() throws Exception {
    int port = TestPaths.freePort();
    try (SparqlEndpoint endpoint = new SparqlEndpoint(graph.driver(), BASE, "127.0.0.1", port)) {
      String query = "PREFIX schema: <https://schema.org/> SELECT (count(DISTINCT ?p) AS ?n) WHERE { ?p a schema:Person }";
      long before;
      try (QueryExecution q = QueryExecution.service(endpoint.url()).query(query).build()) {
        before = q.execSelect().next().getLiteral("n").getLong();
      }
      assertThat(before).isEqualTo(graphCount("MATCH (p:Person) RETURN count(p)"));
      new Importer(graph, new Extractor()).importPaths(List.of(TestPaths.article("001.txt")), l -> { });
      assertThat(endpoint.refreshIfChanged()).isTrue();
      try (QueryExecution q = QueryExecution.service(endpoint.url()).query(query).build()) {
        long after = q.execSelect().next().getLiteral("n").getLong();
        assertThat(after).isGreaterThan(before).isEqualTo(graphCount("MATCH (p:Person) RETURN count(p)"));
      }
      assertThat(endpoint.refreshIfChanged()).isFalse();
    }
  }

  @Test
  void pushingToAGraphStoreReplacesItsData() {
    DatasetGraph store = DatasetGraphFactory.createTxnMem();
    FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).add("/store", store).build().start();
    try {
      String gsp = "http://127.0.0.1:" + fuseki.getHttpPort() + "/store";
      long sent = GraphStorePush.push(exporter, gsp, false);
      try (RDFConnection conn = RDFConnection.connect(gsp)) {
        assertThat(conn.fetch().getGraph().size()).isEqualTo(sent);
      }
      long quads = GraphStorePush.push(exporter, gsp, true);
      try (RDFConnection conn = RDFConnection.connect(gsp)) {
        DatasetGraph back = conn.fetchDataset().asDatasetGraph();
        assertThat(back.stream().count()).isEqualTo(quads);
        assertThat(back.listGraphNodes()).toIterable().isNotEmpty();
      }
    } finally {
      fuseki.stop();
    }
  }
}
