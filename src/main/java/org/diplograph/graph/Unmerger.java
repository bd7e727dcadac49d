package org.diplograph.graph;

import java.util.List;
import java.util.Map;
import org.diplograph.article.Article;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Undoes merges: the MERGED edges of one key into a person (each with the rule that made it and
 * the article it came from) are deleted, the person keeps that key apart from now on and loses
 * the aliases written that way; the articles that made the merges are handed back, to be written
 * again ({@link GraphWriter#rewrite}) from a new extraction.
 */
public final class Unmerger {

  /** What undoing a merge found: the merges it undid ("rule: key in article id") and the articles that made them. */
  public record Unmerge(List<String> merges, List<Article> articles) {}

  private final Driver driver;

  public Unmerger(Driver driver) {
    this.driver = driver;
  }

  /**
   * Undoes the merges of {@code variant} (a person key, the slug of a name) into {@code personId}
   * in one transaction; nothing changes when no such merge is recorded.
   */
  public Unmerge unmerge(String personId, String variant) {
    try (var session = driver.session()) {
      return session.executeWrite(tx -> {
        GraphWriter.lock(tx);
        var found = tx.run(Cypher.load("read/person-merges.cypher"), Map.of("id", personId, "key", variant)).list();
        if (found.isEmpty() || found.get(0).get("merges").asList().isEmpty()) {
          return new Unmerge(List.of(), List.of());
        }
        var person = found.get(0);
        List<String> undone = person.get("merges").asList(Value::asString);
        List<String> aliases = person.get("aliases").asList(Value::asString).stream()
            .filter(alias -> Keys.slug(alias).equals(variant)).toList();
        tx.run(Cypher.load("write/keep-apart.cypher"), Map.of("id", personId, "key", variant, "aliases", aliases)).consume();
        List<Article> articles = tx.run(Cypher.load("read/articles-by-id.cypher"),
            Map.of("ids", person.get("articles").asList(Value::asString))).list(r -> {
              var a = r.get("a");
              return new Article(a.get("id").asString(), a.get("name").asString(a.get("id").asString()),
                  a.get("file").asString(null), a.get("text").asString(), a.get("title").asString(null),
                  a.get("url").asString(null), a.get("source").asString(null),
                  a.get("published").isNull() ? null : a.get("published").asLocalDate());
            });
        return new Unmerge(undone, articles);
      });
    }
  }
}
