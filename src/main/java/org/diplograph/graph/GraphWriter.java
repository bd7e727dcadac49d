package org.diplograph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.article.Article;
import org.diplograph.extract.Extraction;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Writes articles and their extractions, one transaction per article or per batch: MERGE on
 * stable keys, the article id and evidence sentence on every fact edge. An article already in
 * the graph (same text) is left as it is.
 */
public final class GraphWriter {

  /** What one write did. */
  public record Outcome(boolean unchanged, int nodesCreated, int relationshipsCreated) {}

  /**
   * How the rows of one write statement ({@code write/<statement>.cypher}) are grouped for a
   * batch, as the file's {@code // rows:} line declares it: its list parameter (its {@code UNWIND
   * $…}), the fields that identify its node or edge ("one per iso2": one row each, so each is
   * merged once), what each article says of it ("said per source": gathered in the row's {@code
   * sources}, one per article, or "a source per" these fields), and the lists joined across
   * articles. Sources with a {@code date} give the row its {@code first} and {@code last} dates.
   */
  record Rows(String statement, String parameter, List<String> key, List<String> perSource,
      List<String> sourceKey, List<String> joined) {

    private static final java.util.regex.Pattern PARAMETER = java.util.regex.Pattern.compile("UNWIND \\$(\\w+) AS");

    /** The grouping a statement's file declares. */
    static Rows of(String statement) {
      String text = Cypher.load("write/" + statement + ".cypher");
      java.util.regex.Matcher parameter = PARAMETER.matcher(text);
      String declared = text.lines().filter(l -> l.startsWith("// rows: ")).findFirst()
          .orElseThrow(() -> new IllegalStateException("write/" + statement + ".cypher: no // rows: line"));
      Map<String, List<String>> parts = new HashMap<>();
      for (String part : declared.substring("// rows: ".length()).split(";\\s*")) {
        for (String lead : List.of("one per ", "said per source: ", "a source per ", "joined: ")) {
          if (part.startsWith(lead)) {
            parts.put(lead, List.of(part.substring(lead.length()).strip().split(",\\s*")));
          }
        }
      }
      if (!parameter.find() || !parts.containsKey("one per ") || !parts.containsKey("said per source: ")) {
        throw new IllegalStateException("write/" + statement + ".cypher: a // rows: line needs 'one per' and 'said per source', "
            + "and the file an UNWIND $rows AS: " + declared);
      }
      return new Rows(statement, parameter.group(1), parts.get("one per "), parts.get("said per source: "),
          parts.getOrDefault("a source per ", List.of("article")), parts.getOrDefault("joined: ", List.of()));
    }

    String cypher() {
      return Cypher.load("write/" + statement + ".cypher");
    }
  }

  /** The statements after the article's own, in order, each with the grouping its file declares. */
  static final List<Rows> STATEMENTS = java.util.stream.Stream.of("countries", "organisations", "organisation-parents",
      "persons", "positions-country", "positions-organisation", "meetings", "participants", "places", "topics", "documents")
      .map(Rows::of).toList();

  /**
   * Every statement after the article's, in order, as one (one round trip): each file a CALL
   * block. Planned once per server: each of its look-ups is a seek on a node key, which no growth
   * of the graph makes a worse plan, while replanning this long statement whenever the counts of
   * a growing graph drift (every few batches of a bulk import) cost as much as writing a batch.
   */
  private static final String FACTS = "CYPHER replan=skip\n" + STATEMENTS.stream()
      .map(rows -> "CALL {\n" + Cypher.statements("write/" + rows.statement() + ".cypher").get(0) + "\n}")
      .collect(java.util.stream.Collectors.joining("\n"));

  private final Driver driver;
  private final java.util.function.Consumer<String> beforeStatement;

  public GraphWriter(Driver driver) {
    this(driver, statement -> { });
  }

  /**
   * A writer that calls {@code beforeStatement} with each statement's name as it prepares it
   * (the article node is written by then): tests inject failures there.
   */
  GraphWriter(Driver driver, java.util.function.Consumer<String> beforeStatement) {
    this.driver = driver;
    this.beforeStatement = beforeStatement;
  }

  /** One article and what was extracted from it. */
  public record Item(Article article, Extraction extraction) {}

  /** What a batch write did: per article whether it was unchanged, and the counts of the batch. */
  public record BatchOutcome(List<Boolean> unchanged, int nodesCreated, int relationshipsCreated) {}

  public Outcome write(Article article, Extraction extraction) {
    BatchOutcome batch = writeBatch(List.of(new Item(article, extraction)));
    return new Outcome(batch.unchanged().get(0), batch.nodesCreated(), batch.relationshipsCreated());
  }

  /**
   * Writes several articles in one transaction, each statement once for the whole batch
   * (UNWIND over every article's facts). Articles already in the graph, or twice in the batch,
   * are left as they are; a changed article replaces its earlier version.
   */
  public BatchOutcome writeBatch(List<Item> items) {
    return write(items, false);
  }

  /**
   * Removes an article and writes it again from a new extraction, in one transaction: how an
   * undone merge takes effect.
   */
  public BatchOutcome rewrite(Article article, Extraction extraction) {
    return write(List.of(new Item(article, extraction)), true);
  }

  private BatchOutcome write(List<Item> items, boolean rewrite) {
    try (var session = driver.session()) {
      return session.executeWrite(tx -> {
        lock(tx);
        Resolver resolver = new Resolver(tx);
        resolver.prefetch(items.stream().map(Item::extraction).toList());
        List<String> ids = items.stream().map(i -> i.article().id()).toList();
        java.util.Set<String> present = new java.util.HashSet<>(tx.run(Cypher.load("write/articles-present.cypher"),
            Map.of("ids", ids)).list(r -> r.get("id").asString()));
        if (rewrite) {
          present.forEach(id -> remove(tx, id));
          present.clear();
        }
        // changed articles (same url or file, new text) replace exactly their own contributions
        List<Map<String, Object>> identities = new ArrayList<>();
        for (Item item : items) {
          Map<String, Object> identity = new HashMap<>();
          identity.put("id", item.article().id());
          identity.put("url", item.article().url());
          identity.put("file", item.article().file());
          identities.add(identity);
        }
        for (String old : new java.util.LinkedHashSet<>(tx.run(Cypher.load("write/articles-replaced.cypher"),
            Map.of("items", identities)).list(r -> r.get("id").asString()))) {
          if (!ids.contains(old)) {
            remove(tx, old);
          }
        }
        List<Boolean> unchanged = new ArrayList<>();
        Map<String, List<Object>> params = new HashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Item item : items) {
          Article article = item.article();
          boolean skip = present.contains(article.id()) || !seen.add(article.id());
          unchanged.add(skip);
          if (skip) {
            continue;
          }
          FactRows.of(article, item.extraction(), resolver).params().forEach((key, list) ->
              params.computeIfAbsent(key, k -> new ArrayList<>()).addAll(list));
        }
        int[] created = new int[2];
        if (params.isEmpty()) {
          return new BatchOutcome(unchanged, 0, 0);
        }
        beforeStatement.accept("article");
        count(tx, Cypher.load("write/article.cypher"), Map.of("articles", params.get("articles")), created);
        // the facts in one statement, one round trip: a CALL block per statement file
        Map<String, Object> facts = new HashMap<>();
        for (Rows rows : STATEMENTS) {
          beforeStatement.accept(rows.statement());
          facts.put(rows.parameter(), grouped(rows, params.get(rows.parameter())));
        }
        count(tx, FACTS, facts, created);
        return new BatchOutcome(unchanged, created[0], created[1]);
      });
    }
  }

  /** Removes an article and what only it supported, in one transaction; whether it was there. */
  public boolean remove(String articleId) {
    try (var session = driver.session()) {
      return session.executeWrite(tx -> {
        lock(tx);
        boolean present = tx.run(Cypher.load("write/article-exists.cypher"), Map.of("id", articleId))
            .single().get("present").asBoolean();
        if (present) {
          remove(tx, articleId);
        }
        return present;
      });
    }
  }

  /** Takes the graph's write lock for the rest of the transaction (see cypher/write/lock.cypher). */
  static void lock(TransactionContext tx) {
    tx.run(Cypher.load("write/lock.cypher")).consume();
  }

  private static void remove(TransactionContext tx, String articleId) {
    for (String statement : Cypher.statements("write/remove-article.cypher")) {
      tx.run(statement, Map.of("id", articleId)).consume();
    }
  }

  private static void count(TransactionContext tx, String cypher, Map<String, Object> params, int[] created) {
    SummaryCounters c = tx.run(cypher, params).consume().counters();
    created[0] += c.nodesCreated();
    created[1] += c.relationshipsCreated();
  }

  /**
   * The rows of one statement for a batch: one per node or edge, what each article says of it in
   * {@code sources}, its joined lists, and the first and last dates its sources give.
   */
  static List<Object> grouped(Rows rows, List<Object> facts) {
    Map<List<Object>, Map<String, Object>> groups = new LinkedHashMap<>();
    java.util.Set<List<Object>> sourcesSeen = new java.util.HashSet<>();
    for (Object f : facts == null ? List.of() : facts) {
      @SuppressWarnings("unchecked")
      Map<String, Object> fact = (Map<String, Object>) f;
      List<Object> key = rows.key().stream().map(fact::get).toList();
      Map<String, Object> group = groups.computeIfAbsent(key, k -> {
        Map<String, Object> g = new HashMap<>(fact);
        rows.perSource().forEach(g::remove);
        rows.joined().forEach(list -> g.put(list, new java.util.LinkedHashSet<>()));
        g.put("sources", new ArrayList<Map<String, Object>>());
        return g;
      });
      for (String list : rows.joined()) {
        @SuppressWarnings("unchecked")
        java.util.Set<Object> joined = (java.util.Set<Object>) group.get(list);
        joined.addAll((List<?>) fact.get(list));
      }
      List<Object> source = new ArrayList<>(key);
      rows.sourceKey().forEach(field -> source.add(fact.get(field)));
      if (sourcesSeen.add(source)) {
        Map<String, Object> said = new HashMap<>();
        rows.perSource().forEach(field -> said.put(field, fact.get(field)));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sources = (List<Map<String, Object>>) group.get("sources");
        sources.add(said);
      }
    }
    List<Object> out = new ArrayList<>();
    for (Map<String, Object> group : groups.values()) {
      rows.joined().forEach(list -> group.put(list, List.copyOf((java.util.Set<?>) group.get(list))));
      if (rows.perSource().contains("date")) {
        @SuppressWarnings("unchecked")
        List<java.time.LocalDate> dates = ((List<Map<String, Object>>) group.get("sources")).stream()
            .map(x -> (java.time.LocalDate) x.get("date")).filter(java.util.Objects::nonNull).sorted().toList();
        group.put("first", dates.isEmpty() ? null : dates.get(0));
        group.put("last", dates.isEmpty() ? null : dates.get(dates.size() - 1));
      }
      out.add(group);
    }
    return out;
  }

}
