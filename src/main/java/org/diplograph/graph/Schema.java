package org.diplograph.graph;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;

/**
 * Applies {@code cypher/schema.cypher} (constraints on node keys, indexes on names) at every
 * start, and {@code cypher/migrate.cypher} (back-fills) once for a store of an earlier version.
 */
final class Schema {

  /** The version of the store's layout this code writes; {@code migrate.cypher} brings older stores to it. */
  static final int VERSION = 4;

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
          if (version < 3) {
            rekey(tx);
          }
          Cypher.statements("migrate.cypher").forEach(statement -> tx.run(statement, Map.of("version", VERSION)).consume());
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

  /** Version 3: name keys from {@link Names} (romanisations and short given names folded). */
  private static void rekey(org.neo4j.driver.TransactionContext tx) {
    List<Map<String, Object>> keys = tx.run(Cypher.load("read/person-names.cypher")).list(r -> {
      String key = Names.key(r.get("name").asString());
      return key == null ? null : Map.<String, Object>of("id", r.get("id").asString(), "key", key);
    }).stream().filter(java.util.Objects::nonNull).toList();
    tx.run(Cypher.load("write/name-keys.cypher"), Map.of("keys", keys)).consume();
  }

  /** Whether the server refused a write because the database or the user may only read. */
  static boolean readOnly(org.neo4j.driver.exceptions.Neo4jException e) {
    String code = e.code() == null ? "" : e.code();
    return code.contains("ReadOnly") || code.equals("Neo.ClientError.Security.Forbidden");
  }
}
