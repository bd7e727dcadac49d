package org.diplograph.rdf;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.diplograph.DiplographException;
import org.diplograph.graph.Cypher;
import org.diplograph.graph.Keys;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Reads the graph over Bolt and writes it as RDF. */
public final class RdfExporter {

  /** The formats of the export and Jena's writer for each. */
  public enum Format {
    TURTLE(RDFFormat.TURTLE_PRETTY), TRIG(RDFFormat.TRIG_PRETTY), NQUADS(RDFFormat.NQUADS), NTRIPLES(RDFFormat.NTRIPLES),
    JSONLD(RDFFormat.JSONLD_PRETTY), RDFXML(RDFFormat.RDFXML_PRETTY);

    final RDFFormat jena;

    Format(RDFFormat jena) {
      this.jena = jena;
    }

    public static Format of(String name) {
      try {
        return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
      } catch (IllegalArgumentException e) {
        throw new DiplographException.BadConfig("unknown RDF format '" + name
            + "': use turtle, trig, nquads, ntriples, jsonld or rdfxml");
      }
    }
  }

  private final Driver driver;
  private final String base;

  public RdfExporter(Driver driver, String base) {
    this.driver = driver;
    this.base = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
  }

  /** Writes the whole graph; returns the number of triples. */
  public long export(Format format, OutputStream out) {
    Model model = model();
    if (format == Format.TRIG || format == Format.NQUADS) {
      RDFDataMgr.write(out, org.apache.jena.query.DatasetFactory.wrap(model), format.jena);
    } else {
      RDFDataMgr.write(out, model, format.jena);
    }
    return model.size();
  }

  /** The graph as an RDF model. */
  public Model model() {
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefix("dg", base);
    m.setNsPrefix("dgv", Vocab.DG_NS);
    m.setNsPrefix("schema", SchemaDO.NS);
    m.setNsPrefix("org", ORG.NS);
    m.setNsPrefix("skos", SKOS.uri);
    m.setNsPrefix("prov", Vocab.PROV_NS);
    m.setNsPrefix("dct", DCTerms.NS);
    m.setNsPrefix("owl", OWL.NS);
    m.setNsPrefix("wd", Vocab.WIKIDATA);
    m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
    m.setNsPrefix("rdfs", RDFS.uri);
    Resource scheme = m.createResource(base + "topics").addProperty(RDF.type, SKOS.ConceptScheme)
        .addProperty(SKOS.prefLabel, "Diplograph topics", "en");

    for (Map<String, Object> a : nodes("Article")) {
      Resource r = iri(m, "Article", a.get("id")).addProperty(RDF.type, SchemaDO.NewsArticle);
      literal(r, DCTerms.identifier, a.get("id"));
      literal(r, DCTerms.title, a.get("title"));
      literal(r, DCTerms.source, a.get("source"));
      literal(r, Vocab.DATELINE, a.get("dateline"));
      if (a.get("url") != null) {
        r.addProperty(SchemaDO.url, m.createResource(a.get("url").toString()));
      }
      if (a.get("published") != null) {
        r.addLiteral(DCTerms.date, m.createTypedLiteral(a.get("published").toString(), XSDDatatype.XSDdate));
      }
    }
    for (Map<String, Object> p : nodes("Person")) {
      Resource r = iri(m, "Person", p.get("id")).addProperty(RDF.type, SchemaDO.Person);
      literal(r, SchemaDO.name, p.get("name"));
      list(p.get("aliases")).forEach(a -> r.addProperty(SchemaDO.alternateName, a));
      sameAs(r, p.get("wikidata"));
    }
    for (Map<String, Object> c : nodes("Country")) {
      Resource r = iri(m, "Country", c.get("iso2")).addProperty(RDF.type, SchemaDO.Country);
      literal(r, SchemaDO.name, c.get("name"));
      literal(r, Vocab.ISO2, c.get("iso2"));
      literal(r, Vocab.ISO3, c.get("iso3"));
      sameAs(r, c.get("wikidata"));
    }
    for (Map<String, Object> o : nodes("Organization")) {
      Resource r = iri(m, "Organization", o.get("id")).addProperty(RDF.type, SchemaDO.Organization)
          .addProperty(RDF.type, ORG.FormalOrganization);
      literal(r, SchemaDO.name, o.get("name"));
      list(o.get("acronyms")).forEach(a -> r.addProperty(SchemaDO.alternateName, a));
      literal(r, Vocab.KIND, o.get("kind"));
      sameAs(r, o.get("wikidata"));
    }
    for (Map<String, Object> p : nodes("Place")) {
      Resource r = iri(m, "Place", p.get("id")).addProperty(RDF.type, SchemaDO.Place);
      literal(r, SchemaDO.name, p.get("name"));
      sameAs(r, p.get("wikidata"));
    }
    for (Map<String, Object> t : nodes("Topic")) {
      Resource r = iri(m, "Topic", t.get("id")).addProperty(RDF.type, SKOS.Concept).addProperty(SKOS.inScheme, scheme);
      r.addProperty(SKOS.prefLabel, String.valueOf(t.get("label")), "en");
      r.addProperty(SKOS.notation, String.valueOf(t.get("id")));
    }
    for (Map<String, Object> d : nodes("Document")) {
      Resource r = iri(m, "Document", d.get("id")).addProperty(RDF.type, SchemaDO.CreativeWork);
      literal(r, SchemaDO.name, d.get("name"));
      if (d.get("year") != null) {
        r.addLiteral(Vocab.YEAR, m.createTypedLiteral(d.get("year").toString(), XSDDatatype.XSDgYear));
      }
    }
    for (Map<String, Object> e : nodes("Meeting")) {
      Resource r = iri(m, "Meeting", e.get("id")).addProperty(RDF.type, SchemaDO.Event).addProperty(RDF.type, Vocab.MEETING);
      literal(r, SchemaDO.name, e.get("name"));
      literal(r, Vocab.KIND, e.get("kind"));
      literal(r, Vocab.STATUS, e.get("status"));
      if (e.get("date") != null) {
        r.addLiteral(SchemaDO.startDate, m.createTypedLiteral(e.get("date").toString(), XSDDatatype.XSDdate));
      }
    }
    edges("PARTICIPATED_IN", (from, to, props) -> res(m, to).addProperty(SchemaDO.attendee, res(m, from)));
    edges("HELD_IN", (from, to, props) -> res(m, from).addProperty(SchemaDO.location, res(m, to)));
    edges("IN", (from, to, props) -> res(m, from).addProperty(SchemaDO.containedInPlace, res(m, to)));
    edges("DISCUSSED", (from, to, props) -> res(m, from).addProperty(SchemaDO.about, res(m, to)));
    edges("REFERS_TO", (from, to, props) -> res(m, from).addProperty(DCTerms.references, res(m, to)));
    edges("PART_OF", (from, to, props) -> res(m, from).addProperty(SchemaDO.parentOrganization, res(m, to))
        .addProperty(ORG.subOrganizationOf, res(m, to)));
    edges("REPORTS", (from, to, props) -> {
      res(m, to).addProperty(Vocab.WAS_DERIVED_FROM, res(m, from));
      res(m, from).addProperty(SchemaDO.about, res(m, to));
    });
    edges("MENTIONS", (from, to, props) -> res(m, from).addProperty(SchemaDO.mentions, res(m, to)));
    edges("HOLDS", (from, to, props) -> {
      Resource post = m.createResource(base + "post/" + Keys.hash(from.key() + "|" + props.get("role") + "|" + to.key()))
          .addProperty(RDF.type, ORG.Post);
      Resource role = m.createResource(base + "role/" + props.get("role")).addProperty(RDF.type, ORG.Role);
      post.addProperty(ORG.role, role);
      post.addProperty(ORG.postIn, res(m, to));
      post.addProperty(ORG.heldBy, res(m, from));
      res(m, from).addProperty(ORG.holds, post);
      literal(post, RDFS.label, props.get("title"));
      literal(post, Vocab.EVIDENCE, props.get("evidence"));
      date(m, post, Vocab.FIRST_SEEN, props.get("firstSeen"));
      date(m, post, Vocab.LAST_SEEN, props.get("lastSeen"));
      list(props.get("articles")).forEach(a -> post.addProperty(Vocab.WAS_DERIVED_FROM, iri(m, "Article", a)));
    });
    return m;
  }

  private record End(String label, String key) {}

  @FunctionalInterface
  private interface EdgeHandler {
    void accept(End from, End to, Map<String, Object> props);
  }

  private List<Map<String, Object>> nodes(String label) {
    try (var session = driver.session()) {
      return session.executeRead(tx -> tx.run(Cypher.load("read/export-nodes.cypher"), Map.of("label", label))
          .list(r -> r.get("n").asMap(RdfExporter::plain)));
    }
  }

  private void edges(String type, EdgeHandler handler) {
    List<Record> records;
    try (var session = driver.session()) {
      records = session.executeRead(tx -> tx.run(Cypher.load("read/export-edges.cypher"), Map.of("type", type)).list());
    }
    for (Record r : records) {
      handler.accept(new End(r.get("fromLabel").asString(), r.get("from").asString()),
          new End(r.get("toLabel").asString(), r.get("to").asString()), r.get("r").asMap(RdfExporter::plain));
    }
  }

  private static Object plain(Value v) {
    return v.isNull() ? null : v.type().name().equals("LIST") ? v.asList(x -> x.asObject()) : v.asObject();
  }

  private Resource res(Model m, End end) {
    return iri(m, end.label(), end.key());
  }

  private Resource iri(Model m, String label, Object key) {
    String kind = switch (label) {
      case "Organization" -> "organization";
      default -> label.toLowerCase(Locale.ROOT);
    };
    return m.createResource(base + kind + "/" + key);
  }

  private static void literal(Resource r, org.apache.jena.rdf.model.Property p, Object value) {
    if (value != null && !value.toString().isBlank()) {
      r.addProperty(p, value.toString());
    }
  }

  private static void date(Model m, Resource r, org.apache.jena.rdf.model.Property p, Object value) {
    if (value != null) {
      Literal l = m.createTypedLiteral(value.toString(), XSDDatatype.XSDdate);
      r.addLiteral(p, l);
    }
  }

  private static void sameAs(Resource r, Object wikidata) {
    if (wikidata != null && wikidata.toString().matches("Q\\d+")) {
      r.addProperty(OWL.sameAs, r.getModel().createResource(Vocab.WIKIDATA + wikidata));
    }
  }

  private static List<String> list(Object value) {
    return value instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
  }
}
