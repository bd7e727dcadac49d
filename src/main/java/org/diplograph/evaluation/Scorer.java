package org.diplograph.evaluation;

import static org.diplograph.evaluation.Matching.norm;
import static org.diplograph.evaluation.Matching.match;
import static org.diplograph.evaluation.Matching.positionTuples;
import static org.diplograph.evaluation.Matching.pairs;
import static org.diplograph.evaluation.Matching.list;
import static org.diplograph.evaluation.Matching.dicts;
import static org.diplograph.evaluation.Matching.text;
import static org.diplograph.evaluation.Matching.textOrNone;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores predicted extraction records against gold ones with the rules of the evaluation
 * schema: names compared after folding case, accents and punctuation; persons by full name or
 * multi-word mention; organisations by any name or mention; positions as (person, role, of);
 * meetings as participant pairs; documents by containment.
 */
public final class Scorer {

  public static final List<String> FIELDS = List.of("persons", "countries", "organisations", "positions", "meetings", "topics");
  public static final List<String> EXTRA = List.of("affiliations", "documents");
  public static final List<String> ATTRIBUTES = List.of("published", "source", "date", "place", "status", "kind");

  /** True and false positives and negatives of one field. */
  public static final class Tally {
    int tp;
    int fp;
    int fn;

    public double precision() {
      return tp + fp == 0 ? (fn == 0 ? 1.0 : 0.0) : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public String counts() {
      return tp + "/" + fp + "/" + fn;
    }

    <T> Set<T>[] add(Set<T> gold, Set<T> pred) {
      Set<T> hit = new HashSet<>(gold);
      hit.retainAll(pred);
      Set<T> missed = new HashSet<>(gold);
      missed.removeAll(pred);
      Set<T> spurious = new HashSet<>(pred);
      spurious.removeAll(gold);
      tp += hit.size();
      fp += spurious.size();
      fn += missed.size();
      @SuppressWarnings("unchecked")
      Set<T>[] out = new Set[] {missed, spurious};
      return out;
    }
  }

  private final Map<String, Tally> tallies = new LinkedHashMap<>();
  private final Map<String, int[]> attributes = new LinkedHashMap<>();
  private final Map<String, List<String>> misses = new LinkedHashMap<>();

  public Scorer() {
    FIELDS.forEach(f -> tallies.put(f, new Tally()));
    EXTRA.forEach(f -> tallies.put(f, new Tally()));
    ATTRIBUTES.forEach(a -> attributes.put(a, new int[2]));
  }

  public Tally tally(String field) {
    return tallies.get(field);
  }

  /** Correct and total counts of an attribute (published, source, meeting date, place, status, kind). */
  public int[] attribute(String name) {
    return attributes.get(name);
  }

  /** The mean F1 of the six main fields. */
  public double overall() {
    return FIELDS.stream().mapToDouble(f -> tallies.get(f).f1()).average().orElse(0);
  }

  /** Per article, what was missed and what was spurious, field by field. */
  public Map<String, List<String>> misses() {
    return misses;
  }

  /** Adds one article's gold and predicted records (the predicted may be null: an empty record). */
  public void add(String article, JsonNode gold, JsonNode pred) {
    JsonNode empty = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    pred = pred == null || !pred.isObject() ? empty : pred;
    List<String> articleMisses = new ArrayList<>();
    List<JsonNode> gp = dicts(gold.get("persons"));
    List<JsonNode> pp = dicts(pred.get("persons"));
    List<JsonNode> go = dicts(gold.get("organisations"));
    List<JsonNode> po = dicts(pred.get("organisations"));
    Map<Integer, Integer> pmap = match(gp, pp, Matching::personKeys, Matching::samePerson);
    Map<Integer, Integer> omap = match(go, po, Matching::orgKeys, Matching::intersects);

    countMatched("persons", gp, pp, pmap, articleMisses);
    countMatched("organisations", go, po, omap, articleMisses);

    Set<String> gc = new HashSet<>();
    list(gold.get("countries")).forEach(c -> gc.add(text(c).toUpperCase(Locale.ROOT)));
    Set<String> pc = new HashSet<>();
    list(pred.get("countries")).forEach(c -> pc.add(text(c).toUpperCase(Locale.ROOT)));
    note(articleMisses, "countries", tallies.get("countries").add(gc, pc));

    Set<List<String>>[] gPos = positionTuples(gp, go, null, null);
    Set<List<String>>[] pPos = positionTuples(pp, po, pmap, omap);
    note(articleMisses, "positions", tallies.get("positions").add(gPos[0], pPos[0]));
    tallies.get("affiliations").add(gPos[1], pPos[1]);

    Map<List<String>, JsonNode> gPairs = pairs(dicts(gold.get("meetings")), gp, go, null, null);
    Map<List<String>, JsonNode> pPairs = pairs(dicts(pred.get("meetings")), pp, po, pmap, omap);
    note(articleMisses, "meetings", tallies.get("meetings").add(gPairs.keySet(), pPairs.keySet()));
    for (List<String> pair : gPairs.keySet()) {
      if (pPairs.containsKey(pair)) {
        for (String attr : List.of("date", "place", "status", "kind")) {
          attributes.get(attr)[1]++;
          if (norm(String.valueOf(textOrNone(gPairs.get(pair).get(attr)))).equals(norm(String.valueOf(textOrNone(pPairs.get(pair).get(attr)))))) {
            attributes.get(attr)[0]++;
          }
        }
      }
    }

    Set<String> gt = new HashSet<>();
    list(gold.get("topics")).forEach(x -> gt.add(text(x)));
    Set<String> pt = new HashSet<>();
    list(pred.get("topics")).forEach(x -> pt.add(text(x)));
    note(articleMisses, "topics", tallies.get("topics").add(gt, pt));

    List<String> gd = list(gold.get("documents")).stream().map(Scorer::docName).toList();
    List<String> pd = list(pred.get("documents")).stream().map(Scorer::docName).toList();
    Set<Integer> taken = new HashSet<>();
    int tp = 0;
    for (String p : pd) {
      for (int i = 0; i < gd.size(); i++) {
        String g = gd.get(i);
        if (!taken.contains(i) && !p.isEmpty() && !g.isEmpty() && (g.contains(p) || p.contains(g))) {
          taken.add(i);
          tp++;
          break;
        }
      }
    }
    Tally docs = tallies.get("documents");
    docs.tp += tp;
    docs.fp += pd.size() - tp;
    docs.fn += gd.size() - tp;

    for (String attr : List.of("published", "source")) {
      attributes.get(attr)[1]++;
      if (norm(String.valueOf(textOrNone(gold.get(attr)))).equals(norm(String.valueOf(textOrNone(pred.get(attr)))))) {
        attributes.get(attr)[0]++;
      }
    }
    if (!articleMisses.isEmpty()) {
      misses.put(article, articleMisses);
    }
  }

  private void countMatched(String field, List<JsonNode> gold, List<JsonNode> pred, Map<Integer, Integer> mapping,
      List<String> articleMisses) {
    Tally t = tallies.get(field);
    t.tp += mapping.size();
    t.fp += pred.size() - mapping.size();
    t.fn += gold.size() - mapping.size();
    Set<Integer> matchedGold = new HashSet<>(mapping.values());
    List<String> missed = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      if (!matchedGold.contains(i)) {
        missed.add(text(gold.get(i).get("name")));
      }
    }
    List<String> spurious = new ArrayList<>();
    for (int i = 0; i < pred.size(); i++) {
      if (!mapping.containsKey(i)) {
        spurious.add(text(pred.get(i).get("name")));
      }
    }
    if (!missed.isEmpty()) {
      articleMisses.add(field + " missed: " + missed);
    }
    if (!spurious.isEmpty()) {
      articleMisses.add(field + " spurious: " + spurious);
    }
  }

  private static <T> void note(List<String> articleMisses, String field, Set<T>[] result) {
    if (!result[0].isEmpty()) {
      articleMisses.add(field + " missed: " + new TreeSet<>(result[0].stream().map(String::valueOf).toList()));
    }
    if (!result[1].isEmpty()) {
      articleMisses.add(field + " spurious: " + new TreeSet<>(result[1].stream().map(String::valueOf).toList()));
    }
  }

  private static String docName(JsonNode d) {
    String name = d != null && d.isObject() ? text(d.get("name")) : text(d);
    return norm(name).replaceAll("\\b\\d{4}\\b", "").strip();
  }


}
