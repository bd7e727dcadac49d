package org.diplograph.graph;

import java.util.List;
import java.util.Map;
import org.diplograph.article.Article;
import org.diplograph.extract.Extraction;
import org.neo4j.driver.Driver;

/**
 * The baseline of {@code bench write}: the facts {@link GraphWriter#writeBatch} writes, one
 * statement execution per fact and one transaction per article. It lives with the benchmarks
 * (in the graph package, for the writer's statements and their grouping), not in the product.
 */
public final class FactByFactWriter {

  private final Driver driver;

  public FactByFactWriter(Driver driver) {
    this.driver = driver;
  }

  /** Writes one article's facts, fact by fact. */
  public void write(Article article, Extraction extraction) {
    try (var session = driver.session()) {
      session.executeWrite(tx -> {
        GraphWriter.lock(tx);
        Resolver resolver = new Resolver(tx);
        resolver.prefetch(List.of(extraction));
        Map<String, List<Object>> params = FactRows.of(article, extraction, resolver).params();
        tx.run(Cypher.load("write/article.cypher"), Map.of("articles", params.get("articles"))).consume();
        for (GraphWriter.Rows rows : GraphWriter.STATEMENTS) {
          for (Object fact : GraphWriter.grouped(rows, params.get(rows.parameter()))) {
            tx.run(rows.cypher(), Map.of(rows.parameter(), List.of(fact))).consume();
          }
        }
        return null;
      });
    }
  }
}
