package org.diplograph.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every option of Diplograph with its default. Set any of them on the command line
 * ({@code --neo4j.uri=bolt://host:7687}), in the environment ({@code NEO4J_URI}) or in an
 * {@code application.properties} beside the jar.
 */
@ConfigurationProperties
public class DiplographProperties {

  private final Neo4j neo4j = new Neo4j();
  private final Rdf rdf = new Rdf();
  private final Run run = new Run();
  private final Limits limits = new Limits();
  private final Import importing = new Import();

  /** The {@code import.*} options (a getter named for the prefix: {@code import} is a Java keyword). */
  public Import getImport() {
    return importing;
  }

  public Limits getLimits() {
    return limits;
  }

  public Neo4j getNeo4j() {
    return neo4j;
  }

  public Rdf getRdf() {
    return rdf;
  }

  public Run getRun() {
    return run;
  }

  /** Where the graph lives: the embedded server (the default) or an existing Neo4j by URI. */
  public static class Neo4j {
    /** Bolt or neo4j URI of an existing server; when set, no embedded server starts. */
    private String uri;
    /** Neo4j settings for the embedded server, over Diplograph's own (e.g. server.memory.pagecache.size). */
    private java.util.Map<String, String> settings = new java.util.HashMap<>();

    public java.util.Map<String, String> getSettings() {
      return settings;
    }

    public void setSettings(java.util.Map<String, String> settings) {
      this.settings = settings;
    }

    /** User name for the server given by {@code uri}, or for the embedded server with auth on. */
    private String username = "neo4j";
    /** Password for {@code username}; never printed. */
    private String password;
    /** Home folder of the embedded server: its store, logs and run file. */
    private Path home = Path.of("data", "neo4j");
    /** Address the embedded server listens on; loopback unless you mean to expose it. */
    private String listenAddress = "127.0.0.1";
    /** Bolt port of the embedded server. */
    private int boltPort = 7687;
    /** HTTP port of the embedded server (the Neo4j Browser is at /browser/). */
    private int httpPort = 7474;
    /** Require a user name and password on the embedded server (needs {@code password}). */
    private boolean auth = false;
    /** Port on which the embedded server's Browser fetches Diplograph's guide and style. */
    private int guidePort = 7476;

    public int getGuidePort() {
      return guidePort;
    }

    public void setGuidePort(int guidePort) {
      this.guidePort = guidePort;
    }

    public String getUri() {
      return uri;
    }

    public void setUri(String uri) {
      this.uri = uri == null || uri.isBlank() ? null : uri.trim();
    }

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }

    public Path getHome() {
      return home;
    }

    public void setHome(Path home) {
      this.home = home;
    }

    public String getListenAddress() {
      return listenAddress;
    }

    public void setListenAddress(String listenAddress) {
      this.listenAddress = listenAddress;
    }

    public int getBoltPort() {
      return boltPort;
    }

    public void setBoltPort(int boltPort) {
      this.boltPort = boltPort;
    }

    public int getHttpPort() {
      return httpPort;
    }

    public void setHttpPort(int httpPort) {
      this.httpPort = httpPort;
    }

    public boolean isAuth() {
      return auth;
    }

    public void setAuth(boolean auth) {
      this.auth = auth;
    }
  }

  /** The RDF export. */
  public static class Rdf {
    /** Base of every exported IRI: {@code <base>person/murat-nurtleu}. Ends with / or #. */
    private String base = "https://diplograph.org/id/";
    /** Port of the SPARQL endpoint that {@code serve --sparql} starts. */
    private int sparqlPort = 3030;

    public int getSparqlPort() {
      return sparqlPort;
    }

    public void setSparqlPort(int sparqlPort) {
      this.sparqlPort = sparqlPort;
    }

    public String getBase() {
      return base;
    }

    public void setBase(String base) {
      this.base = base;
    }
  }

  /** Limits that keep one pathological article from stalling a batch. */
  public static class Limits {
    /** Longest article text extracted, in characters; a longer one fails with a clear message. */
    private int maxChars = 1_000_000;
    /** Longest time the extraction of one article may take, in seconds. */
    private int extractSeconds = 60;

    public int getMaxChars() {
      return maxChars;
    }

    public void setMaxChars(int maxChars) {
      this.maxChars = maxChars;
    }

    public int getExtractSeconds() {
      return extractSeconds;
    }

    public void setExtractSeconds(int extractSeconds) {
      this.extractSeconds = extractSeconds;
    }
  }

  /** How imports share the work: extraction workers and the size and time bound of a write batch. */
  public static class Import {
    /** Extraction workers; results are written in the order read, so the graph is the same for any count. */
    private int threads = Runtime.getRuntime().availableProcessors();
    /** Most articles written in one transaction, from however many files. */
    private int batchSize = 100;
    /** Longest wait for the next article before the batch gathered so far is written, in milliseconds. */
    private int batchMillis = 2000;

    public int getThreads() {
      return threads;
    }

    public void setThreads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("import.threads must be 1 or more, not " + threads);
      }
      this.threads = threads;
    }

    public int getBatchSize() {
      return batchSize;
    }

    public void setBatchSize(int batchSize) {
      if (batchSize < 1) {
        throw new IllegalArgumentException("import.batch-size must be 1 or more, not " + batchSize);
      }
      this.batchSize = batchSize;
    }

    public int getBatchMillis() {
      return batchMillis;
    }

    public void setBatchMillis(int batchMillis) {
      this.batchMillis = Math.max(0, batchMillis);
    }
  }

  /** What the application does when started with no command. */
  public static class Run {
    /** Folder imported by the default run. */
    private Path seeds = Path.of("seeds");
    /** Turtle file written by the default run. */
    private Path export = Path.of("out", "graph.ttl");

    public Path getSeeds() {
      return seeds;
    }

    public void setSeeds(Path seeds) {
      this.seeds = seeds;
    }

    public Path getExport() {
      return export;
    }

    public void setExport(Path export) {
      this.export = export;
    }
  }
}
