package org.diplograph.graph;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows the write statements take ({@code cypher/write/<statement>.cypher}), one record per
 * statement, each field a {@code row.field} its Cypher reads (WriteStatementsTest holds the two
 * together). {@code article} is the id of the article that states the fact. The driver takes
 * them as maps ({@link #map}).
 */
sealed interface Row {

  /** {@code article.cypher}. */
  record ArticleRow(String id, String name, String file, String url, String title, String source, LocalDate published,
      String dateline, String text) implements Row {}

  /** {@code countries.cypher}; also a place's country (with no article). */
  record CountryRow(String article, String iso2, String iso3, String name, String wikidata, String evidence) implements Row {}

  /** {@code organisations.cypher}. */
  record OrganisationRow(String article, String id, String name, String kind, String wikidata, List<String> acronyms,
      List<MergeRow> merges, String evidence) implements Row {}

  /** {@code organisation-parents.cypher}: a field office or body of a known organisation. */
  record ParentRow(String article, String child, String parent, String evidence) implements Row {}

  /** {@code persons.cypher}; {@code nameKey} null for a one-word name. */
  record PersonRow(String article, String id, String name, List<String> mentions, String evidence, String nameKey,
      List<String> fullNames, List<String> fullKeys, List<MergeRow> merges) implements Row {}

  /** {@code positions-country.cypher} and {@code positions-organisation.cypher}: {@code target} a country's code or an organisation's id. */
  record PositionRow(String article, String person, String title, String role, String evidence, LocalDate date,
      String target) implements Row {}

  /** {@code meetings.cypher}: {@code participants} the sorted keys of its parties. */
  record MeetingRow(String article, String id, List<String> participants, LocalDate date, String kind, String status,
      String name, String evidence) implements Row {}

  /** {@code participants.cypher}: {@code capacity} the person's first title in the article, or null. */
  record ParticipantRow(String article, String person, String meeting, String capacity, String evidence) implements Row {}

  /** {@code places.cypher}: {@code mention} whether this is the article's first row for the place. */
  record PlaceRow(String article, String id, String name, String meeting, String evidence, CountryRow country,
      boolean mention) implements Row {}

  /** {@code topics.cypher}. */
  record TopicRow(String article, String id, String label, String evidence) implements Row {}

  /** {@code documents.cypher}: {@code year} null when the text gives none. */
  record DocumentRow(String article, String id, String name, Integer year, String evidence) implements Row {}

  /** A merge the resolver made (rule and the key it replaced), by the article that made it: a MERGED edge. */
  record MergeRow(String rule, String key, String article) implements Row {}

  /** A row as the driver takes it: a map of its fields, rows inside it maps too; null fields kept. */
  static Map<String, Object> map(Record row) {
    Map<String, Object> out = new HashMap<>();
    for (RecordComponent c : Components.OF.get(row.getClass())) {
      try {
        out.put(c.getName(), value(c.getAccessor().invoke(row)));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + c, e);
      }
    }
    return out;
  }

  /** Each row type's components, looked up once per type: every row of every batch is mapped. */
  final class Components {
    static final ClassValue<RecordComponent[]> OF = new ClassValue<>() {
      @Override
      protected RecordComponent[] computeValue(Class<?> type) {
        return type.getRecordComponents();
      }
    };

    private Components() {}
  }

  private static Object value(Object v) {
    if (v instanceof Record r) {
      return map(r);
    }
    if (v instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(x -> out.add(value(x)));
      return out;
    }
    return v;
  }
}
