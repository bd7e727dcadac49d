package org.diplograph.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule table (the extraction's under {@code extract/}, the resolver's under {@code resolution/}):
 * a TSV file whose first line names the columns, lines starting with {@code #} are comments, and
 * every row carries an {@code example} (what it catches, which a test runs). A malformed row fails
 * with the file and line.
 */
public record Lexicon(String file, List<Row> rows) {

  /** One row: its line number and its cells by column name. */
  public record Row(String file, int line, Map<String, String> cells) {

    public String get(String column) {
      String value = cells.get(column);
      if (value == null) {
        throw new IllegalStateException(file + ":" + line + ": no column " + column);
      }
      return value;
    }

    /** A cell split at {@code |}: the alternatives it lists. */
    public List<String> list(String column) {
      String value = get(column);
      return value.isBlank() ? List.of() : Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public IllegalStateException error(String message) {
      return new IllegalStateException(file + ":" + line + ": " + message);
    }
  }

  /** The values of a column in the rows of one kind, in file order: the "lemma" of the rows whose "kind" is "verb". */
  public List<String> ofKind(String kind, String column) {
    return rows.stream().filter(r -> r.get("kind").equals(kind)).map(r -> r.get(column)).toList();
  }

  /** The table at this classpath resource ("extract/triggers.tsv"). */
  public static Lexicon load(String file) {
    try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing " + file + " on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> header = null;
      List<Row> rows = new ArrayList<>();
      int number = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (header == null) {
          header = List.of(cells);
          if (!header.contains("example")) {
            throw new IllegalStateException(file + ":" + number + ": the header names no example column");
          }
          continue;
        }
        if (cells.length != header.size()) {
          throw new IllegalStateException(file + ":" + number + ": " + cells.length + " cells, the header names "
              + header.size());
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
          row.put(header.get(i), cells[i].strip());
        }
        if (row.get("example").isEmpty()) {
          throw new IllegalStateException(file + ":" + number + ": a row without an example");
        }
        rows.add(new Row(file, number, row));
      }
      return new Lexicon(file, List.copyOf(rows));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
