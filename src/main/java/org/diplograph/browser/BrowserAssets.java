package org.diplograph.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.diplograph.DiplographException;

/**
 * Serves the guide ({@code /guide.html}) and the style ({@code /diplograph.grass}) to the Neo4j
 * Browser, which fetches them across origins (hence CORS) when it connects.
 */
public final class BrowserAssets implements AutoCloseable {

  private final HttpServer server;
  private final String base;

  private BrowserAssets(HttpServer server, String base) {
    this.server = server;
    this.base = base;
  }

  /** Starts serving on the address and port given. */
  public static BrowserAssets start(String address, int port) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 0);
      byte[] guide = Guide.html(ReadyQuery.all()).getBytes(StandardCharsets.UTF_8);
      byte[] style = resource("guide/diplograph.grass");
      server.createContext("/guide.html", exchange -> send(exchange, "text/html; charset=utf-8", guide));
      server.createContext("/diplograph.grass", exchange -> send(exchange, "text/plain; charset=utf-8", style));
      server.start();
      // "localhost" is on the Browser's default allow-list even before it reads the server's settings
      String host = address.equals("127.0.0.1") ? "localhost" : address;
      return new BrowserAssets(server, "http://" + host + ":" + server.getAddress().getPort());
    } catch (IOException e) {
      throw new DiplographException.GraphUnavailable("cannot serve the Browser guide on " + address + ":" + port
          + " (" + e.getMessage() + "); choose another port with --browser.port", e);
    }
  }

  public String guideUrl() {
    return base + "/guide.html";
  }

  public String styleUrl() {
    return base + "/diplograph.grass";
  }

  /**
   * The settings of a Neo4j server whose Browser applies Diplograph's style and opens its guide
   * when it connects, for a server listening on {@code address}.
   */
  public java.util.Map<String, String> neo4jSettings(String address) {
    return java.util.Map.of("browser.remote_content_hostname_whitelist", address + ",localhost,127.0.0.1",
        "browser.post_connect_cmd", String.join("; ", commands()));
  }

  /** The Browser commands that apply the style and open the guide. */
  public List<String> commands() {
    return List.of("style " + styleUrl(), "guide " + guideUrl());
  }

  private static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
    if (exchange.getRequestMethod().equals("OPTIONS")) { // the Browser's CORS pre-flight
      exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "GET, OPTIONS");
      exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "*");
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
      return;
    }
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = BrowserAssets.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing " + name + " on the classpath");
      }
      return in.readAllBytes();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
