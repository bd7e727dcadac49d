package org.diplograph.graph;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.diplograph.DiplographException;
import org.diplograph.config.DiplographProperties;
import org.neo4j.server.CommunityBootstrapper;

/**
 * A Neo4j Community server inside this JVM, started with the same bootstrapper as the Neo4j
 * distribution: Bolt, HTTP and the Neo4j Browser on the configured address and ports.
 */
final class EmbeddedNeo4j implements AutoCloseable {

  /** Neo4j's own log goes to a file, so that stdout carries only what a command prints. */
  private static final String USER_LOGS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Configuration status="ERROR" monitorInterval="0">
        <Appenders>
          <File name="Neo4jLog" fileName="LOG_FILE" append="true">
            <PatternLayout pattern="%d{yyyy-MM-dd HH:mm:ss.SSSZ}{GMT+0} %-5p %m%n"/>
          </File>
        </Appenders>
        <Loggers><Root level="INFO"><AppenderRef ref="Neo4jLog"/></Root></Loggers>
      </Configuration>
      """;

  /**
   * The server's other logs: debug.log from WARN up only, because its INFO diagnostics print the
   * JVM command line, with any --neo4j.password on it; http, query and security logs as usual.
   */
  private static final String SERVER_LOGS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Configuration status="ERROR" monitorInterval="0">
        <Appenders>
          <File name="DebugLog" fileName="LOGS/debug.log" append="true">
            <PatternLayout pattern="%d{yyyy-MM-dd HH:mm:ss.SSSZ}{GMT+0} %-5p [%c{1.}] %m%n"/>
          </File>
          <File name="HttpLog" fileName="LOGS/http.log" append="true"><PatternLayout pattern="%d{yyyy-MM-dd HH:mm:ss.SSSZ}{GMT+0} %-5p %m%n"/></File>
          <File name="QueryLog" fileName="LOGS/query.log" append="true"><PatternLayout pattern="%d{yyyy-MM-dd HH:mm:ss.SSSZ}{GMT+0} %-5p %m%n"/></File>
          <File name="SecurityLog" fileName="LOGS/security.log" append="true"><PatternLayout pattern="%d{yyyy-MM-dd HH:mm:ss.SSSZ}{GMT+0} %-5p %m%n"/></File>
        </Appenders>
        <Loggers>
          <Logger name="HttpLogger" level="INFO" additivity="false"><AppenderRef ref="HttpLog"/></Logger>
          <Logger name="QueryLogger" level="INFO" additivity="false"><AppenderRef ref="QueryLog"/></Logger>
          <Logger name="SecurityLogger" level="INFO" additivity="false"><AppenderRef ref="SecurityLog"/></Logger>
          <Root level="WARN"><AppenderRef ref="DebugLog"/></Root>
        </Loggers>
      </Configuration>
      """;

  private final CommunityBootstrapper bootstrapper = new CommunityBootstrapper();
  private final DiplographProperties.Neo4j config;

  private EmbeddedNeo4j(DiplographProperties.Neo4j config) {
    this.config = config;
  }

  /**
   * Starts the server: Bolt only when {@code browser} is null (imports and every other command),
   * also HTTP and the Neo4j Browser, with the Browser's own settings, for {@code serve}.
   */
  static EmbeddedNeo4j start(DiplographProperties.Neo4j config, Map<String, String> browser) {
    int[] ports = browser == null ? new int[] {config.getBoltPort()} : new int[] {config.getBoltPort(), config.getHttpPort()};
    for (int port : ports) {
      if (listening(config.getListenAddress(), port)) {
        throw new DiplographException.GraphUnavailable(
            "port " + port + " on " + config.getListenAddress() + " is taken by another program;"
                + " stop it or choose other ports with --neo4j.bolt-port and --neo4j.http-port", null);
      }
    }
    Path home = config.getHome().toAbsolutePath();
    Path userLogConfig = home.resolve("conf").resolve("user-logs.xml");
    Path serverLogConfig = home.resolve("conf").resolve("server-logs.xml");
    try {
      Files.createDirectories(home.resolve("logs"));
      Files.createDirectories(home.resolve("conf"));
      Files.writeString(userLogConfig, USER_LOGS.replace("LOG_FILE", home.resolve("logs").resolve("neo4j.log").toString()));
      Files.writeString(serverLogConfig, SERVER_LOGS.replace("LOGS", home.resolve("logs").toString()));
    } catch (IOException e) {
      throw new DiplographException.GraphUnavailable("cannot create the Neo4j home " + home + ": " + e.getMessage(), e);
    }
    String address = config.getListenAddress();
    Map<String, String> settings = new HashMap<>();
    settings.put("server.default_listen_address", address);
    settings.put("server.bolt.listen_address", address + ":" + config.getBoltPort());
    settings.put("server.bolt.advertised_address", address + ":" + config.getBoltPort());
    settings.put("server.http.listen_address", address + ":" + config.getHttpPort());
    settings.put("server.http.advertised_address", address + ":" + config.getHttpPort());
    settings.put("server.http.enabled", Boolean.toString(browser != null)); // starting HTTP costs a second or two
    settings.put("server.https.enabled", "false");
    settings.put("server.bolt.tls_level", "DISABLED");
    settings.put("dbms.security.auth_enabled", Boolean.toString(config.isAuth()));
    settings.put("server.directories.data", home.resolve("data").toString());
    settings.put("server.directories.logs", home.resolve("logs").toString());
    settings.put("server.directories.run", home.resolve("run").toString());
    settings.put("server.directories.import", home.resolve("import").toString());
    settings.put("server.logs.user.config", userLogConfig.toString());
    settings.put("server.logs.config", serverLogConfig.toString());
    settings.put("server.memory.pagecache.size", "256m");
    settings.put("db.shutdown_transaction_end_timeout", "1s");
    settings.put("internal.server.bolt.thread_pool_shutdown_wait_time", "500ms");
    settings.putAll(config.getSettings()); // the user's own Neo4j settings win
    settings.put("internal.server.bolt.connection_shutdown_wait_time", "500ms");
    settings.put("dbms.usage_report.enabled", "false");
    if (browser != null) {
      settings.putAll(browser);
    }
    EmbeddedNeo4j server = new EmbeddedNeo4j(config);
    int status = server.bootstrapper.start(home, settings);
    if (status != 0) {
      throw new DiplographException.GraphUnavailable("the embedded Neo4j server did not start (status " + status
          + "); see " + home.resolve("logs") + " for the reason", null);
    }
    return server;
  }

  String boltUri() {
    return "bolt://" + config.getListenAddress() + ":" + config.getBoltPort();
  }

  String browserUrl() {
    return "http://" + config.getListenAddress() + ":" + config.getHttpPort() + "/browser/";
  }

  static boolean listening(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 300);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() {
    if (bootstrapper.isRunning()) {
      bootstrapper.stop();
    }
  }
}
