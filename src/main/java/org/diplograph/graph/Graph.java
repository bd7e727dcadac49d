package org.diplograph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.DiplographException;
import org.diplograph.config.DiplographProperties;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * An open graph: one Bolt driver for the application, to the server given by
 * {@code neo4j.uri}, to an embedded server that another Diplograph process already runs on the
 * same store, or to one started here. The schema is applied on opening.
 */
public final class Graph implements AutoCloseable {

  private static final String RUN_FILE = "diplograph-bolt.uri";

  private final Driver driver;
  private final String boltUri;
  private final EmbeddedNeo4j embedded;
  private final Path runFile;
  private final AutoCloseable attached;
  private final boolean http;
  /** False when the server refused the schema's writes: this user may only read. */
  private boolean writable = true;

  private Graph(Driver driver, String boltUri, EmbeddedNeo4j embedded, Path runFile, AutoCloseable attached, boolean http) {
    this.driver = driver;
    this.boltUri = boltUri;
    this.embedded = embedded;
    this.runFile = runFile;
    this.attached = attached;
    this.http = http;
  }

  /**
   * What {@code serve} adds to an embedded server: HTTP with the Neo4j Browser, the Browser's
   * settings, and what is to close with the server (the guide's own web server).
   */
  public record Browser(Map<String, String> settings, AutoCloseable attached) {}

  /** Opens the graph that the configuration names and applies the schema; an embedded server speaks Bolt only. */
  public static Graph open(DiplographProperties.Neo4j config) {
    return open(config, null);
  }

  /**
   * Opens the graph, and when the server is to run here, with HTTP and the Neo4j Browser that
   * {@code browser} makes (called only then); applies the schema.
   */
  public static Graph open(DiplographProperties.Neo4j config, java.util.function.Supplier<Browser> browser) {
    Graph graph = config.getUri() != null ? external(config) : local(config, browser);
    try {
      graph.writable = Schema.apply(graph.driver);
    } catch (RuntimeException e) {
      graph.close();
      throw e;
    }
    return graph;
  }

  private static Graph external(DiplographProperties.Neo4j config) {
    String uri = config.getUri();
    if (!uri.matches("(bolt|neo4j)(\\+s|\\+ssc)?://.+")) {
      throw new DiplographException.BadConfig("--neo4j.uri must be a bolt:// or neo4j:// URI, not '" + uri + "'");
    }
    return new Graph(connect(uri, auth(config), config.getUsername()), uri, null, null, null, false);
  }

  /** Listening beyond loopback is refused unless the server asks for a real password. */
  static void checkExposure(DiplographProperties.Neo4j config) {
    String address = config.getListenAddress();
    boolean loopback = address.equals("localhost") || address.startsWith("127.") || address.equals("::1");
    String password = config.getPassword();
    if (!loopback && (!config.isAuth() || password == null || password.length() < 8 || password.equals("neo4j"))) {
      throw new DiplographException.BadConfig("listening on " + address + " would expose the graph to the network: "
          + "also give --neo4j.auth=true and --neo4j.password (8 characters or more, not 'neo4j')");
    }
  }

  private static Graph local(DiplographProperties.Neo4j config, java.util.function.Supplier<Browser> browsing) {
    Path runFile = config.getHome().toAbsolutePath().resolve(RUN_FILE);
    String running = readRunFile(runFile);
    if (running != null) {
      // Another Diplograph process (serve, import) holds the store: use its server over Bolt.
      return new Graph(connect(running, auth(config), config.getUsername()), running, null, null, null, false);
    }
    checkExposure(config);
    Browser browser = browsing == null ? null : browsing.get();
    AutoCloseable attached = browser == null ? () -> { } : browser.attached();
    EmbeddedNeo4j server;
    try {
      server = EmbeddedNeo4j.start(config, browser == null ? null : browser.settings());
    } catch (RuntimeException e) {
      closeQuietly(attached);
      throw e;
    }
    try {
      if (config.isAuth()) {
        EmbeddedAuth.ensurePassword(server.boltUri(), config);
      }
      Driver driver = connect(server.boltUri(), auth(config), config.getUsername());
      Files.writeString(runFile, server.boltUri());
      return new Graph(driver, server.boltUri(), server, runFile, attached, browser != null);
    } catch (IOException | RuntimeException e) {
      server.close();
      closeQuietly(attached);
      if (e instanceof DiplographException d) {
        throw d;
      }
      throw new DiplographException.GraphUnavailable("cannot write " + runFile + ": " + e.getMessage(), e);
    }
  }

  private static String readRunFile(Path runFile) {
    try {
      if (!Files.isRegularFile(runFile)) {
        return null;
      }
      String uri = Files.readString(runFile).trim();
      java.net.URI parsed = java.net.URI.create(uri);
      if (EmbeddedNeo4j.listening(parsed.getHost(), parsed.getPort())) {
        return uri;
      }
      Files.deleteIfExists(runFile); // left by a process that died
      return null;
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  static AuthToken auth(DiplographProperties.Neo4j config) {
    return config.getPassword() == null ? AuthTokens.none() : AuthTokens.basic(config.getUsername(), config.getPassword());
  }

  static Driver connect(String uri, AuthToken auth, String user) {
    Config driverConfig = Config.builder().withLogging(Logging.none()).withUserAgent("diplograph").build();
    Driver driver = GraphDatabase.driver(uri, auth, driverConfig);
    try {
      driver.verifyConnectivity();
      return driver;
    } catch (AuthenticationException e) {
      driver.close();
      throw new DiplographException.GraphUnavailable("Neo4j at " + uri + " refused the credentials of user '" + user
          + "': check --neo4j.username and --neo4j.password (or NEO4J_USERNAME and NEO4J_PASSWORD)", e);
    } catch (SecurityException e) {
      driver.close();
      throw new DiplographException.GraphUnavailable("Neo4j at " + uri + " refused access: " + e.getMessage()
          + " (check --neo4j.username and --neo4j.password)", e);
    } catch (ServiceUnavailableException e) {
      driver.close();
      throw new DiplographException.GraphUnavailable("cannot reach Neo4j at " + uri
          + ": is the server running and the address right?", e);
    } catch (ClientException e) {
      driver.close();
      throw new DiplographException.GraphUnavailable("Neo4j at " + uri + " said: " + e.getMessage(), e);
    }
  }

  /**
   * Fails with one line when the server only lets this user read (a read-only database or user):
   * the commands that write call it before they start.
   */
  public void requireWritable(String username) {
    if (!writable) {
      throw new DiplographException.GraphUnavailable("the graph at " + boltUri + " is read-only for user '" + username
          + "': import, remove and unmerge need write access (stats, export and serve work)", null);
    }
  }

  public Driver driver() {
    return driver;
  }

  /** The Bolt URI of the server in use. */
  public String boltUri() {
    return boltUri;
  }

  /** Whether this process runs the server (and so must stay up for others to use it). */
  public boolean embedded() {
    return embedded != null;
  }

  /** The Neo4j Browser of the embedded server, or null when the server is elsewhere or speaks Bolt only. */
  public String browserUrl() {
    return embedded == null || !http ? null : embedded.browserUrl();
  }

  /** Node counts per label, then relationship counts per type, in name order. */
  public Map<String, Long> stats() {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      session.executeRead(tx -> {
        List<String> labels = new ArrayList<>(tx.run("CALL db.labels() YIELD label RETURN label ORDER BY label")
            .list(r -> r.get("label").asString()));
        labels.remove("WriteLock"); // the lock writers take turns on, no data
        for (String label : labels) {
          counts.put(label, tx.run(Cypher.load("read/count-label.cypher"), Map.of("label", label)).single().get("n").asLong());
        }
        List<String> types = tx.run("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType")
            .list(r -> r.get("relationshipType").asString());
        for (String type : types) {
          counts.put(type, tx.run(Cypher.load("read/count-type.cypher"), Map.of("type", type)).single().get("n").asLong());
        }
        return null;
      });
    }
    return counts;
  }

  @Override
  public void close() {
    driver.close();
    if (embedded != null) {
      try {
        Files.deleteIfExists(runFile);
      } catch (IOException ignored) {
        // a stale run file is detected and removed by the next process
      }
      embedded.close();
      closeQuietly(attached);
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception ignored) {
      // nothing of the graph depends on it
    }
  }
}
