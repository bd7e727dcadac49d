package org.diplograph.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A query of {@code cypher/queries/}: the question it answers, its parameters and an example
 * {@code :params} line from its comment header, and the Cypher.
 */
public record ReadyQuery(String file, String question, String parameters, String example, String cypher) {

  public ReadyQuery {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(cypher, "cypher");
    if (question == null || question.isBlank()) {
      throw new IllegalArgumentException(file + " has no '// Question:' header");
    }
  }

  /** Every ready query on the classpath, in file-name order. */
  public static List<ReadyQuery> all() {
    try {
      Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/queries/*.cypher");
      List<ReadyQuery> queries = new ArrayList<>();
      for (Resource r : resources) {
        try (InputStream in = r.getInputStream()) {
          queries.add(parse(r.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
      queries.sort((a, b) -> a.file().compareTo(b.file()));
      return queries;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read cypher/queries", e);
    }
  }

  static ReadyQuery parse(String file, String text) {
    String question = null;
    String parameters = "none";
    String example = null;
    StringBuilder cypher = new StringBuilder();
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.startsWith("// Question:")) {
        question = l.substring("// Question:".length()).strip();
      } else if (l.startsWith("// Parameters:")) {
        parameters = l.substring("// Parameters:".length()).strip();
      } else if (l.startsWith("// Example:")) {
        example = l.substring("// Example:".length()).strip();
      } else if (!l.startsWith("//")) {
        cypher.append(line).append('\n');
      }
    }
    return new ReadyQuery(file, question, parameters, example, cypher.toString().strip());
  }
}
