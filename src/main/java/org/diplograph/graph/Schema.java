package org.diplograph.graph;

import org.neo4j.driver.Driver;

/**
 * Applies {@code cypher/schema.cypher} (constraints on node keys, indexes on names) at every
 * start, and {@code cypher/migrate.cypher} (back-fills) once for a store of an earlier version.
 */
final class Schema {

  /** The version of the store's layout this code writes; {@code migrate.cypher} brings older stores to it. */
  static final int VERSION = 2;

  private Schema() {}

  /**
   * Applies the schema; false when the server refuses writes to this user (a read-only
   * database or user), in which case the graph can still be read.
   */
  static boolean apply(Driver driver) {
    try (var session = driver.session()) {
      for (String statement : Cypher.statements("schema.cypher")) {
        session.run(statement).consume();
      }
      session.run("CALL db.awaitIndexes(60)").consume();
      long version = session.run(Cypher.load("read/schema-version.cypher")).single().get("version").asLong();
      if (version < VERSION) {
        session.executeWrite(tx -> {
          Cypher.statements("migrate.cypher").forEach(statement -> tx.run(statement, java.util.Map.of("version", VERSION)).consume());
          return null;
        });
      }
      return true;
    } catch (org.neo4j.driver.exceptions.ClientException e) {
      if (readOnly(e)) {
        return false;
      }
      throw e;
    }
  }

  /** Whether the server refused a write because the database or the user may only read. */
  static boolean readOnly(org.neo4j.driver.exceptions.Neo4jException e) {
    String code = e.code() == null ? "" : e.code();
    return code.contains("ReadOnly") || code.equals("Neo.ClientError.Security.Forbidden");
  }
}
