package org.diplograph.graph;

import org.neo4j.driver.Driver;

/** Applies {@code cypher/schema.cypher}: constraints on node keys, indexes on names. */
final class Schema {

  private Schema() {}

  static void apply(Driver driver) {
    try (var session = driver.session()) {
      for (String statement : Cypher.statements("schema.cypher")) {
        session.run(statement).consume();
      }
      session.run("CALL db.awaitIndexes(60)").consume();
    }
  }
}
