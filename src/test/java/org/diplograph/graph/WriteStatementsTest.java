package org.diplograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each write statement and its typed row agree: the row's record has every field the Cypher
 * reads from a row or from one of its sources, the Cypher reads every field of the record, and
 * the grouping its {@code // rows:} line declares names fields of the record.
 */
class WriteStatementsTest {

  static Stream<GraphWriter.Rows> statements() {
    return GraphWriter.STATEMENTS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statements")
  void theRowRecordAndTheCypherAgree(GraphWriter.Rows rows) {
    Set<String> fields = fieldsOf(rowType(rows.parameter()));
    assertThat(fields).as("declared grouping of %s", rows.statement())
        .containsAll(rows.key()).containsAll(rows.perSource()).containsAll(rows.sourceKey()).containsAll(rows.joined());

    String cypher = rows.cypher().lines().filter(l -> !l.startsWith("//")).reduce("", (a, b) -> a + "\n" + b);
    Matcher unwind = Pattern.compile("UNWIND \\$" + rows.parameter() + " AS (\\w+)").matcher(cypher);
    assertThat(unwind.find()).isTrue();
    String row = unwind.group(1);
    Set<String> source = new HashSet<>();
    Matcher sourceVars = Pattern.compile("(?:UNWIND " + row + "\\.sources AS (\\w+)|(\\w+) IN " + row + "\\.sources)").matcher(cypher);
    while (sourceVars.find()) {
      source.add(sourceVars.group(1) != null ? sourceVars.group(1) : sourceVars.group(2));
    }
    Set<String> rowReads = reads(cypher, row + "\\.");
    Set<String> sourceReads = reads(cypher, row + "\\.sources\\[0\\]\\.");
    source.forEach(s -> sourceReads.addAll(reads(cypher, s + "\\.")));
    rowReads.removeAll(Set.of("sources", "first", "last"));

    Set<String> rowLevel = new HashSet<>(fields);
    rowLevel.removeAll(rows.perSource());
    assertThat(rowLevel).as("%s: fields of a row its Cypher reads", rows.statement()).containsAll(rowReads);
    assertThat(rows.perSource()).as("%s: fields of a source its Cypher reads", rows.statement()).containsAll(sourceReads);
    Set<String> read = new HashSet<>(rowReads);
    read.addAll(sourceReads);
    read.addAll(rows.key());
    if (cypher.contains(row + ".first") || cypher.contains(row + ".last")) {
      read.add("date"); // the sources' dates give the row its first and last
    }
    assertThat(read).as("%s: every field of its row is read", rows.statement()).containsAll(fields);
  }

  private static Set<String> reads(String cypher, String prefix) {
    Set<String> out = new HashSet<>();
    Matcher m = Pattern.compile("\\b" + prefix + "(\\w+)").matcher(cypher);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The row record of a statement's list parameter, from the component of FactRows.Facts of that name. */
  private static Class<?> rowType(String parameter) {
    for (RecordComponent c : FactRows.Facts.class.getRecordComponents()) {
      if (c.getName().equals(parameter)) {
        return (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
      }
    }
    throw new AssertionError("no rows named " + parameter + " in FactRows.Facts");
  }

  private static Set<String> fieldsOf(Class<?> record) {
    Set<String> out = new HashSet<>();
    for (RecordComponent c : record.getRecordComponents()) {
      out.add(c.getName());
    }
    return out;
  }

  @org.junit.jupiter.api.Test
  void everyListOfTheFactsHasItsStatement() {
    Set<String> parameters = new HashSet<>();
    GraphWriter.STATEMENTS.forEach(r -> parameters.add(r.parameter()));
    for (RecordComponent c : FactRows.Facts.class.getRecordComponents()) {
      if (c.getType() == List.class) {
        assertThat(parameters).as("statement for %s", c.getName()).contains(c.getName());
      }
    }
  }
}
