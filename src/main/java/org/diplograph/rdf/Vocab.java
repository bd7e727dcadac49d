package org.diplograph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms that Jena's vocabulary classes lack: PROV-O and Diplograph's own. */
final class Vocab {

  static final String PROV_NS = "http://www.w3.org/ns/prov#";
  static final Property WAS_DERIVED_FROM = ResourceFactory.createProperty(PROV_NS, "wasDerivedFrom");

  static final String DG_NS = "https://diplograph.org/ns#";
  static final Property ISO2 = ResourceFactory.createProperty(DG_NS, "iso2");
  static final Property ISO3 = ResourceFactory.createProperty(DG_NS, "iso3");
  static final Property KIND = ResourceFactory.createProperty(DG_NS, "kind");
  static final Property STATUS = ResourceFactory.createProperty(DG_NS, "status");
  static final Property EVIDENCE = ResourceFactory.createProperty(DG_NS, "evidence");
  static final Property FIRST_SEEN = ResourceFactory.createProperty(DG_NS, "firstSeen");
  static final Property LAST_SEEN = ResourceFactory.createProperty(DG_NS, "lastSeen");
  static final Property YEAR = ResourceFactory.createProperty(DG_NS, "year");
  static final Property DATELINE = ResourceFactory.createProperty(DG_NS, "dateline");
  static final Resource MEETING = ResourceFactory.createResource(DG_NS + "Meeting");

  static final String WIKIDATA = "http://www.wikidata.org/entity/";

  private Vocab() {}
}
