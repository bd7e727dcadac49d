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
 * when asked, again in the named graph of each article that supports it. Nodes are read label by
 * label, each with its outgoing relationships in the same record, pulled over Bolt in pages of
 * {@link #PAGE} records, so memory stays flat as the graph grows.
 */
final class GraphRdf {

  static final int PAGE = 5000;
  private static final java.util.regex.Pattern WEB = java.util.regex.Pattern.compile("https?://\\S+");
  private static final java.util.regex.Pattern WIKIDATA_ID = java.util.regex.Pattern.compile("Q\\d+");
  /**
   * Each label with the properties its RDF mapping reads (only these cross the wire: not an
   * article's text), the most numerous first, so that parallel readers end together.
   */
  private static final List<Map.Entry<String, List<String>>> NODES = List.of(
      Map.entry("Article", List.of("id", "title", "source", "dateline", "url", "published")),
      Map.entry("Meeting", List.of("id", "name", "kind", "status", "date")),
      Map.entry("Person", List.of("id", "name", "aliases", "wikidata")),
      Map.entry("Country", List.of("iso2", "name", "iso3", "wikidata")),
      Map.entry("Organization", List.of("id", "name", "acronyms", "kind", "wikidata")),
      Map.entry("Place", List.of("id", "name", "wikidata")),
      Map.entry("Topic", List.of("id", "label")),
      Map.entry("Document", List.of("id", "name", "year")));
  /** Each relationship type with the properties its RDF mapping reads. */
  private static final Map<String, List<String>> EDGES = Map.of(
      "PARTICIPATED_IN", List.of("articles", "evidence", "capacity"),
      "HELD_IN", List.of("articles", "evidence"),
      "IN", List.of(),
      "DISCUSSED", List.of("articles", "evidence"),
      "REFERS_TO", List.of("articles", "evidence"),
      "PART_OF", List.of("articles", "evidence"),
      "REPORTS", List.of(),
      "MENTIONS", List.of(),
      "HOLDS", List.of("role", "title", "evidence", "firstSeen", "lastSeen", "articles"));

  private final Driver driver;
  private final String base;
  private final boolean namedGraphs;
  /** Where this reader's statements go. */
  private final StreamRDF out;
  /** The IRI of each label's entities, up to their key ("https://…/person/"). */
  private final Map<String, String> prefixes = new java.util.HashMap<>();
  /** Roles described already: each once, however many posts have it (shared by the readers). */
  private final java.util.Set<String> roles;

  GraphRdf(Driver driver, String base, boolean namedGraphs) {
    this(driver, base, namedGraphs, null, java.util.concurrent.ConcurrentHashMap.newKeySet());
  }

  private GraphRdf(Driver driver, String base, boolean namedGraphs, StreamRDF out, java.util.Set<String> roles) {
    this.driver = driver;
    this.base = base;
    this.namedGraphs = namedGraphs;
    this.out = out;
    this.roles = roles;
  }

  /** The same mapping writing to {@code sink}. */
  private GraphRdf to(StreamRDF sink) {
    return new GraphRdf(driver, base, namedGraphs, sink, roles);
  }

  /** Everything, in order, on this thread. */
  void emit(StreamRDF sink) {
    GraphRdf rdf = to(sink);
    rdf.header();
    NODES.forEach(rdf::read);
  }

  /**
   * Everything, the labels shared among {@code readers} threads of their own that hand their
   * statements to {@code writer}: Neo4j answers one read while another's records are mapped, and
   * the writer formats them meanwhile. Statements of one label stay in order; labels interleave.
   */
  void emit(WriterThread writer, int readers) {
    StreamRDF first = writer.producer();
    to(first).header();
    first.finish();
    java.util.Queue<Map.Entry<String, List<String>>> todo = new java.util.concurrent.ConcurrentLinkedQueue<>(NODES);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(readers, r -> {
      Thread t = new Thread(r, "diplograph-rdf-reader");
      t.setDaemon(true);
      return t;
    });
    try {
      List<java.util.concurrent.Future<?>> running = new ArrayList<>();
      for (int i = 0; i < readers; i++) {
        running.add(pool.submit(() -> {
          StreamRDF sink = writer.producer();
          GraphRdf rdf = to(sink);
          for (var label = todo.poll(); label != null; label = todo.poll()) {
            rdf.read(label);
          }
          sink.finish();
        }));
      }
      for (var reader : running) {
        reader.get();
      }
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the graph", e);
    } finally {
      todo.clear();
      pool.shutdownNow();
    }
  }

  private void header() {
    out.prefix("dg", base);
    out.prefix("dgv", Vocab.DG_NS);
    out.prefix("schema", SchemaDO.NS);
    out.prefix("org", ORG.NS);
    out.prefix("skos", SKOS.uri);
    out.prefix("prov", Vocab.PROV_NS);
    out.prefix("dct", DCTerms.NS);
    out.prefix("owl", OWL.NS);
    out.prefix("rdfs", RDFS.uri);
    out.prefix("wd", Vocab.WIKIDATA);
    out.prefix("xsd", XSDDatatype.XSD + "#");
    Node scheme = iri("topics");
    add(List.of(), scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode());
    add(List.of(), scheme, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Diplograph topics", "en"));
  }

  /** A node of {@code label} and its outgoing relationships. */
  private void record(String label, List<String> keys, Record r) {
    Map<String, Object> n = properties(keys, r.get("n"), 0);
    node(label, n, r.get("articles").asList(Value::asString));
    Object key = n.get(label.equals("Country") ? "iso2" : "id");
    for (Value e : r.get("edges").values()) {
      String type = e.get(0).asString();
      edge(type, label, key, e.get(1).asString(), e.get(2).asObject(), properties(EDGES.get(type), e, 3));
    }
  }

  /**
   * Reads every node of a label with its outgoing relationships and maps each record as it
   * arrives. The label is written into the statement (from the fixed list above, never from
   * input): given as a parameter, it would make Neo4j scan every node for each label.
   */
  private void read(Map.Entry<String, List<String>> label) {
    // the articles that mention each node matter only for the named graphs
    String statement = Cypher.load(namedGraphs ? "read/export-nodes.cypher" : "read/export-nodes-plain.cypher")
        .replace("$($label)", label.getKey());
    Map<String, Object> params = Map.of("keys", label.getValue(), "types", List.copyOf(EDGES.keySet()), "edgeKeys", EDGES);
    try (var session = driver.session(SessionConfig.builder().withFetchSize(PAGE).build());
        var tx = session.beginTransaction()) {
      var result = tx.run(statement, params);
      while (result.hasNext()) {
        record(label.getKey(), label.getValue(), result.next());
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
        if (n.get("url") != null && WEB.matcher(String.valueOf(n.get("url"))).matches()) {
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

  private void edge(String type, String fromLabel, Object fromKey, String toLabel, Object toKey, Map<String, Object> props) {
    Node from = entity(fromLabel, fromKey);
    Node to = entity(toLabel, toKey);
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
        List<String> article = List.of(String.valueOf(fromKey));
        add(article, from, SchemaDO.about.asNode(), to);
        add(article, to, Vocab.WAS_DERIVED_FROM, from);
      }
      case "MENTIONS" -> add(List.of(String.valueOf(fromKey)), from, SchemaDO.mentions.asNode(), to);
      case "HOLDS" -> post(String.valueOf(fromKey), from, to, props, articles);
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
    if (wikidata != null && WIKIDATA_ID.matcher(String.valueOf(wikidata)).matches()) {
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
    return NodeFactory.createURI(prefixes.computeIfAbsent(label, l -> base + l.toLowerCase(Locale.ROOT) + "/") + key);
  }

  /**
   * The values a query returned for {@code keys}, in that order from {@code from} on, as a map of
   * the keys to plain Java values.
   */
  private static Map<String, Object> properties(List<String> keys, Value values, int from) {
    Map<String, Object> m = new java.util.HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      m.put(keys.get(i), plain(values.get(from + i)));
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
