package org.diplograph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplograph.article.ArticleReader;

/** Articles written for tests, extracted, and what tests read from their records. */
final class Written {

  private static final Extractor EXTRACTOR = new Extractor();

  private Written() {}

  static Extraction extract(Path file) {
    return EXTRACTOR.extract(new ArticleReader().read(file));
  }

  /** The analysis of an article file, before the models decide. */
  static Analysis analyse(Path file) {
    return EXTRACTOR.analyse(new ArticleReader().read(file));
  }

  /** Extracts an article written for a test: header lines (its url made of the source), then the body's lines. */
  static Extraction written(Path dir, String source, String published, String... body) throws Exception {
    Path file = dir.resolve("article.txt");
    Files.writeString(file, "url: https://example.org/" + source.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "\npublished: " + published
        + "\nsource: " + source + "\n\n" + String.join("\n", body) + "\n");
    return extract(file);
  }

  /** The features of the candidates of an article of that body (with header lines) whose key passes the test. */
  static List<List<String>> features(Path dir, String body, java.util.function.Predicate<Candidate.Key> key) throws Exception {
    Path file = dir.resolve("article.txt");
    Files.writeString(file, "url: https://example.org/f\npublished: 2025-03-04\nsource: Example News\n\n" + body + "\n");
    return analyse(file).candidates().stream().filter(c -> key.test(c.key())).map(Candidate::features).toList();
  }

  /** A person's posts as "role of". */
  static List<String> posts(Extraction e, String person) {
    return e.persons().stream().filter(p -> p.name().equals(person)).flatMap(p -> p.positions().stream())
        .map(x -> x.role() + " " + x.of().reference()).toList();
  }

  /** Each meeting's participants, by reference, in alphabetical order. */
  static List<List<String>> pairs(Extraction e) {
    return e.meetings().stream().map(m -> m.participants().stream().map(Party::reference).sorted().toList()).toList();
  }
}
