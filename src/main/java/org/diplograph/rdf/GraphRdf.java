package org.diplograph.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.diplograph.graph.Cypher;
import org.diplograph.graph.Keys;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

/**
 * The graph as a stream of quads: every statement in the default graph (the merged view) and,
 * when asked, again in the named graph of each article that supports it. Nodes and
 * relationships are read label by label and type by type, pulled over Bolt in pages of
 * {@link #PAGE} records, so memory stays flat as the graph grows.
 */
final class GraphRdf {

  static final int PAGE = 5000;
  /** Each label with the properties its RDF mapping reads (only these cross the wire: not an article's text). */
  private static final List<Map.Entry<String, List<String>>> NODES = List.of(
      Map.entry("Article", List.of("id", "title", "source", "dateline", "url", "published")),
      Map.entry("Person", List.of("id", "name", "aliases", "wikidata")),
      Map.entry("Country", List.of("iso2", "name", "iso3", "wikidata")),
      Map.entry("Organization", List.of("id", "name", "acronyms", "kind", "wikidata")),
      Map.entry("Place", List.of("id", "name", "wikidata")),
      Map.entry("Topic", List.of("id", "label")),
      Map.entry("Document", List.of("id", "name", "year")),
      Map.entry("Meeting", List.of("id", "name", "kind", "status", "date")));
  /** Each relationship type with the properties its RDF mapping reads (an article's mentions come apart). */
  private static final List<Map.Entry<String, List<String>>> EDGES = List.of(
      Map.entry("PARTICIPATED_IN", List.of("articles", "evidence", "capacity")),
      Map.entry("HELD_IN", List.of("articles", "evidence")),
      Map.entry("IN", List.of()),
      Map.entry("DISCUSSED", List.of("articles", "evidence")),
      Map.entry("REFERS_TO", List.of("articles", "evidence")),
      Map.entry("PART_OF", List.of("articles", "evidence")),
      Map.entry("REPORTS", List.of()),
      Map.entry("HOLDS", List.of("role", "title", "evidence", "firstSeen", "lastSeen", "articles")));

  private final Driver driver;
  private final String base;
  private final boolean namedGraphs;
  private StreamRDF out;
  /** Roles described already: each once, however many posts have it. */
  private final java.util.Set<String> roles = new java.util.HashSet<>();

  GraphRdf(Driver driver, String base, boolean namedGraphs) {
    this.driver = driver;
    this.base = base;
    this.namedGraphs = namedGraphs;
  }

  void emit(StreamRDF sink) {
    this.out = sink;
    sink.prefix("dg", base);
    sink.prefix("dgv", Vocab.DG_NS);
    sink.prefix("schema", SchemaDO.NS);
    sink.prefix("org", ORG.NS);
    sink.prefix("skos", SKOS.uri);
    sink.prefix("prov", Vocab.PROV_NS);
    sink.prefix("dct", DCTerms.NS);
    sink.prefix("owl", OWL.NS);
    sink.prefix("rdfs", RDFS.uri);
    sink.prefix("wd", Vocab.WIKIDATA);
    sink.prefix("xsd", XSDDatatype.XSD + "#");
    Node scheme = iri("topics");
    add(List.of(), scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode());
    add(List.of(), scheme, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Diplograph topics", "en"));
    // the articles that mention each node matter only for the named graphs
    String nodes = namedGraphs ? "read/export-nodes.cypher" : "read/export-nodes-plain.cypher";
    for (var n : NODES) {
      stream(Cypher.load(nodes).replace("$($label)", n.getKey()), Map.of("keys", n.getValue()),
          r -> node(n.getKey(), properties(n.getValue(), r.get("n")), r.get("articles").asList(Value::asString)));
    }
    for (var e : EDGES) {
      stream(Cypher.load("read/export-edges.cypher").replace("$($type)", e.getKey()), Map.of("keys", e.getValue()),
          r -> edge(e.getKey(), r, properties(e.getValue(), r.get("r"))));
    }
    // the most numerous edges, an article's mentions, come one record per article
    stream(Cypher.load("read/export-mentions.cypher"), Map.of(), r -> {
      String article = r.get("article").asString();
      Node from = entity("Article", article);
      List<String> own = List.of(article);
      List<Object> labels = r.get("labels").asList(Value::asObject);
      List<Object> keys = r.get("keys").asList(Value::asObject);
      for (int i = 0; i < labels.size(); i++) {
        add(own, from, SchemaDO.mentions.asNode(), entity((String) labels.get(i), keys.get(i)));
      }
    });
  }

  /**
   * Runs a read and hands each record over as it arrives. The label or type is written into the
   * statement (from the fixed lists above, never from input): given as a parameter, it would make
   * Neo4j scan every node or relationship for each label.
   */
  private void stream(String statement, Map<String, Object> params, java.util.function.Consumer<Record> each) {
    try (var session = driver.session(SessionConfig.builder().withFetchSize(PAGE).build());
        var tx = session.beginTransaction()) {
      var result = tx.run(statement, params);
      while (result.hasNext()) {
        each.accept(result.next());
      }
      tx.commit();
    }
  }

  private void node(String label, Map<String, Object> n, List<String> articles) {
    switch (label) {
      case "Article" -> {
        Node a = entity("Article", n.get("id"));
        List<String> own = List.of(String.valueOf(n.get("id")));
        add(own, a, RDF.type.asNode(), SchemaDO.NewsArticle.asNode());
        literal(own, a, DCTerms.identifier.asNode(), n.get("id"));
        literal(own, a, DCTerms.title.asNode(), n.get("title"));
        literal(own, a, DCTerms.source.asNode(), n.get("source"));
        literal(own, a, Vocab.DATELINE, n.get("dateline"));
        if (n.get("url") != null && String.valueOf(n.get("url")).matches("https?://\\S+")) {
          add(own, a, SchemaDO.url.asNode(), NodeFactory.createURI(String.valueOf(n.get("url"))));
        }
        date(own, a, DCTerms.date.asNode(), n.get("published"));
        if (namedGraphs) {
          add(List.of(), graphOf(String.valueOf(n.get("id"))), Vocab.WAS_DERIVED_FROM, a);
        }
      }
      case "Person" -> {
        Node p = entity("Person", n.get("id"));
        add(articles, p, RDF.type.asNode(), SchemaDO.Person.asNode());
        literal(articles, p, SchemaDO.name.asNode(), n.get("name"));
        list(n.get("aliases")).forEach(x -> literal(articles, p, SchemaDO.alternateName.asNode(), x));
        sameAs(articles, p, n.get("wikidata"));
      }
      case "Country" -> {
        Node c = entity("Country", n.get("iso2"));
        add(articles, c, RDF.type.asNode(), SchemaDO.Country.asNode());
        literal(articles, c, SchemaDO.name.asNode(), n.get("name"));
        literal(articles, c, Vocab.ISO2, n.get("iso2"));
        literal(articles, c, Vocab.ISO3, n.get("iso3"));
        sameAs(articles, c, n.get("wikidata"));
      }
      case "Organization" -> {
        Node o = entity("Organization", n.get("id"));
        add(articles, o, RDF.type.asNode(), SchemaDO.Organization.asNode());
        add(articles, o, RDF.type.asNode(), ORG.FormalOrganization.asNode());
        literal(articles, o, SchemaDO.name.asNode(), n.get("name"));
        list(n.get("acronyms")).forEach(x -> literal(articles, o, SchemaDO.alternateName.asNode(), x));
        literal(articles, o, Vocab.KIND, n.get("kind"));
        sameAs(articles, o, n.get("wikidata"));
      }
      case "Place" -> {
        Node p = entity("Place", n.get("id"));
        add(articles, p, RDF.type.asNode(), SchemaDO.Place.asNode());
        literal(articles, p, SchemaDO.name.asNode(), n.get("name"));
        sameAs(articles, p, n.get("wikidata"));
      }
      case "Topic" -> {
        Node t = entity("Topic", n.get("id"));
        add(List.of(), t, RDF.type.asNode(), SKOS.Concept.asNode());
        add(List.of(), t, SKOS.inScheme.asNode(), iri("topics"));
        add(List.of(), t, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(String.valueOf(n.get("label")), "en"));
        literal(List.of(), t, SKOS.notation.asNode(), n.get("id"));
      }
      case "Document" -> {
        Node d = entity("Document", n.get("id"));
        add(articles, d, RDF.type.asNode(), SchemaDO.CreativeWork.asNode());
        literal(articles, d, SchemaDO.name.asNode(), n.get("name"));
        if (n.get("year") != null) {
          add(articles, d, Vocab.YEAR, NodeFactory.createLiteralDT(String.valueOf(n.get("year")), XSDDatatype.XSDgYear));
        }
      }
      case "Meeting" -> {
        Node m = entity("Meeting", n.get("id"));
        add(articles, m, RDF.type.asNode(), SchemaDO.Event.asNode());
        add(articles, m, RDF.type.asNode(), Vocab.MEETING);
        literal(articles, m, SchemaDO.name.asNode(), n.get("name"));
        literal(articles, m, Vocab.KIND, n.get("kind"));
        literal(articles, m, Vocab.STATUS, n.get("status"));
        date(articles, m, SchemaDO.startDate.asNode(), n.get("date"));
      }
      default -> throw new IllegalStateException("no RDF mapping for label " + label);
    }
  }

  private void edge(String type, Record r, Map<String, Object> props) {
    Node from = entity(r.get("fromLabel").asString(), r.get("from").asString());
    Node to = entity(r.get("toLabel").asString(), r.get("to").asString());
    List<String> articles = list(props.get("articles"));
    switch (type) {
      case "PARTICIPATED_IN" -> fact(articles, props, to, SchemaDO.attendee.asNode(), from);
      case "HELD_IN" -> fact(articles, props, from, SchemaDO.location.asNode(), to);
      case "IN" -> add(List.of(), from, SchemaDO.containedInPlace.asNode(), to);
      case "DISCUSSED" -> fact(articles, props, from, SchemaDO.about.asNode(), to);
      case "REFERS_TO" -> fact(articles, props, from, DCTerms.references.asNode(), to);
      case "PART_OF" -> {
        fact(articles, props, from, SchemaDO.parentOrganization.asNode(), to);
        add(articles, from, ORG.subOrganizationOf.asNode(), to);
      }
      case "REPORTS" -> {
        List<String> article = List.of(r.get("from").asString());
        add(article, from, SchemaDO.about.asNode(), to);
        add(article, to, Vocab.WAS_DERIVED_FROM, from);
      }
      case "HOLDS" -> post(r.get("from").asString(), from, to, props, articles);
      default -> throw new IllegalStateException("no RDF mapping for relationship " + type);
    }
  }

  /** A fact edge: the triple, and an rdf:Statement that keeps its evidence, capacity and articles. */
  private void fact(List<String> articles, Map<String, Object> props, Node s, Node p, Node o) {
    add(articles, s, p, o);
    Node statement = iri("statement/" + Keys.hash(s.getURI() + "|" + p.getURI() + "|" + o.getURI()));
    add(articles, statement, RDF.type.asNode(), RDF.Statement.asNode());
    add(articles, statement, RDF.subject.asNode(), s);
    add(articles, statement, RDF.predicate.asNode(), p);
    add(articles, statement, RDF.object.asNode(), o);
    literal(articles, statement, Vocab.EVIDENCE, props.get("evidence"));
    literal(articles, statement, Vocab.CAPACITY, props.get("capacity"));
    articles.forEach(a -> add(articles, statement, Vocab.WAS_DERIVED_FROM, entity("Article", a)));
  }

  /** HOLDS as a W3C ORG post: holder, organisation or country, role, title, dates, evidence. */
  private void post(String personKey, Node person, Node target, Map<String, Object> props, List<String> articles) {
    Object role = props.get("role");
    Node post = iri("post/" + Keys.hash(personKey + "|" + role + "|" + target.getURI()));
    Node roleNode = iri("role/" + role);
    if (roles.add(String.valueOf(role))) {
      add(List.of(), roleNode, RDF.type.asNode(), ORG.Role.asNode());
    }
    add(articles, post, RDF.type.asNode(), ORG.Post.asNode());
    add(articles, post, ORG.role.asNode(), roleNode);
    add(articles, post, ORG.postIn.asNode(), target);
    add(articles, post, ORG.heldBy.asNode(), person);
    add(articles, person, ORG.holds.asNode(), post);
    literal(articles, post, RDFS.label.asNode(), props.get("title"));
    literal(articles, post, Vocab.EVIDENCE, props.get("evidence"));
    date(articles, post, Vocab.FIRST_SEEN, props.get("firstSeen"));
    date(articles, post, Vocab.LAST_SEEN, props.get("lastSeen"));
    articles.forEach(a -> add(articles, post, Vocab.WAS_DERIVED_FROM, entity("Article", a)));
  }

  /** The statement in the default graph and, with named graphs, in each supporting article's graph. */
  private void add(List<String> articles, Node s, Node p, Node o) {
    out.triple(org.apache.jena.graph.Triple.create(s, p, o));
    if (namedGraphs) {
      for (String a : articles) {
        out.quad(Quad.create(graphOf(a), s, p, o));
      }
    }
  }

  private void literal(List<String> articles, Node s, Node p, Object value) {
    if (value != null && !String.valueOf(value).isBlank()) {
      add(articles, s, p, NodeFactory.createLiteralString(String.valueOf(value)));
    }
  }

  private void date(List<String> articles, Node s, Node p, Object value) {
    if (value != null) {
      add(articles, s, p, NodeFactory.createLiteralDT(String.valueOf(value), XSDDatatype.XSDdate));
    }
  }

  private void sameAs(List<String> articles, Node s, Object wikidata) {
    if (wikidata != null && String.valueOf(wikidata).matches("Q\\d+")) {
      add(articles, s, OWL.sameAs.asNode(), NodeFactory.createURI(Vocab.WIKIDATA + wikidata));
    }
  }

  Node graphOf(String articleId) {
    return iri("graph/" + articleId);
  }

  private Node iri(String path) {
    return NodeFactory.createURI(base + path);
  }

  Node entity(String label, Object key) {
    return iri(label.toLowerCase(Locale.ROOT) + "/" + key);
  }

  /** The values a query returned for {@code keys}, in that order, as a map of the keys to plain Java values. */
  private static Map<String, Object> properties(List<String> keys, Value values) {
    Map<String, Object> m = new java.util.HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      m.put(keys.get(i), plain(values.get(i)));
    }
    return m;
  }

  private static Object plain(Value v) {
    return v.isNull() ? null : v.type().name().equals("LIST") ? v.asList(x -> x.asObject()) : v.asObject();
  }

  private static List<String> list(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> l) {
      l.forEach(x -> out.add(String.valueOf(x)));
    }
    return out;
  }
}
