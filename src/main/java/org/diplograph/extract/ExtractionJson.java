package org.diplograph.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/** The extraction record as JSON, in the format of the evaluation schema plus evidence fields. */
public final class ExtractionJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ExtractionJson() {}

  public static ObjectNode toJson(Extraction e) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("article", e.article());
    root.put("published", iso(e.published()));
    root.put("source", e.source());
    root.put("dateline", e.dateline());
    ArrayNode persons = root.putArray("persons");
    for (Extraction.Person p : e.persons()) {
      ObjectNode person = persons.addObject();
      person.put("name", p.name());
      p.mentions().forEach(person.putArray("mentions")::add);
      ArrayNode positions = person.putArray("positions");
      for (Extraction.Position pos : p.positions()) {
        positions.addObject().put("title", pos.title()).put("role", pos.role()).put("of", pos.of().reference()).put("evidence", pos.evidence());
      }
      person.put("evidence", p.evidence());
    }
    ArrayNode countries = root.putArray("countries");
    e.countries().forEach(c -> countries.add(c.iso2()));
    ArrayNode organisations = root.putArray("organisations");
    for (Extraction.Organisation o : e.organisations()) {
      ObjectNode org = organisations.addObject();
      org.put("name", o.name());
      o.mentions().forEach(org.putArray("mentions")::add);
      if (o.id() != null) {
        org.put("id", o.id());
      }
      if (o.parent() != null) {
        org.put("parent", o.parent());
      }
      org.put("evidence", o.evidence());
    }
    ArrayNode meetings = root.putArray("meetings");
    for (Extraction.Meeting m : e.meetings()) {
      ObjectNode meeting = meetings.addObject();
      ArrayNode parties = meeting.putArray("participants");
      m.participants().forEach(x -> parties.add(x.reference()));
      meeting.put("date", iso(m.date())).put("place", m.place()).put("kind", m.kind().id()).put("status", m.status().id())
          .put("evidence", m.evidence());
    }
    ArrayNode topics = root.putArray("topics");
    e.topics().forEach(t -> topics.add(t.id()));
    ObjectNode topicEvidence = root.putObject("topic_evidence");
    e.topics().forEach(t -> topicEvidence.put(t.id(), t.evidence()));
    ArrayNode documents = root.putArray("documents");
    for (Extraction.Document d : e.documents()) {
      ObjectNode doc = documents.addObject().put("name", d.name());
      if (d.year() != null) {
        doc.put("year", d.year());
      }
      doc.put("evidence", d.evidence());
    }
    return root;
  }

  /** One record, pretty-printed. */
  public static String pretty(Extraction e) {
    try {
      return MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(e));
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** One record on one line (JSON Lines). */
  public static String line(Extraction e) {
    return toJson(e).toString();
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
