package org.diplograph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms that Jena's vocabulary classes lack: PROV-O and Diplograph's own, as graph nodes. */
final class Vocab {

  static final String PROV_NS = "http://www.w3.org/ns/prov#";
  static final Node WAS_DERIVED_FROM = NodeFactory.createURI(PROV_NS + "wasDerivedFrom");

  static final String DG_NS = "https://diplograph.org/ns#";
  static final Node ISO2 = dg("iso2");
  static final Node ISO3 = dg("iso3");
  static final Node KIND = dg("kind");
  static final Node STATUS = dg("status");
  static final Node EVIDENCE = dg("evidence");
  static final Node CAPACITY = dg("capacity");
  static final Node FIRST_SEEN = dg("firstSeen");
  static final Node LAST_SEEN = dg("lastSeen");
  static final Node YEAR = dg("year");
  static final Node DATELINE = dg("dateline");
  static final Node MEETING = dg("Meeting");

  static final String WIKIDATA = "http://www.wikidata.org/entity/";

  private Vocab() {}

  private static Node dg(String local) {
    return NodeFactory.createURI(DG_NS + local);
  }
}
