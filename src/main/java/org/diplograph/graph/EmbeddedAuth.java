package org.diplograph.graph;

import java.util.Map;
import org.diplograph.DiplographException;
import org.diplograph.config.DiplographProperties;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/** Sets the configured password on a new embedded store whose user still has Neo4j's initial one. */
final class EmbeddedAuth {

  private static final String INITIAL_PASSWORD = "neo4j";

  private EmbeddedAuth() {}

  static void ensurePassword(String boltUri, DiplographProperties.Neo4j config) {
    String password = config.getPassword();
    if (password == null || password.length() < 8 || password.equals(INITIAL_PASSWORD)) {
      throw new DiplographException.BadConfig("--neo4j.auth=true needs --neo4j.password (or NEO4J_PASSWORD)"
          + " of at least 8 characters other than Neo4j's initial one");
    }
    if (!"neo4j".equals(config.getUsername())) {
      return; // other users are created by an administrator, not here
    }
    Driver first;
    try {
      first = Graph.connect(boltUri, AuthTokens.basic("neo4j", INITIAL_PASSWORD), "neo4j");
    } catch (DiplographException.GraphUnavailable alreadySet) {
      return; // the store has a password of its own; the normal connection checks it
    }
    try (first; var session = first.session(SessionConfig.forDatabase("system"))) {
      session.run(Cypher.load("admin/set-password.cypher"), Map.of("old", INITIAL_PASSWORD, "new", password)).consume();
    }
  }
}
