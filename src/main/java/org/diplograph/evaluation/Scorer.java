package org.diplograph.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
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
import java.util.function.BiPredicate;
import java.util.function.Function;

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

  static String norm(String text) {
    if (text == null) {
      return "";
    }
    String t = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    t = t.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("&", " and ");
    t = t.replaceAll("'s\\b", "");
    t = t.replaceAll("(?U)[^\\w\\s]", " ");
    t = t.replaceAll("(?U)\\s+", " ").strip();
    return t.startsWith("the ") ? t.substring(4) : t;
  }

  static Set<String> personKeys(JsonNode person) {
    Set<String> keys = new HashSet<>();
    keys.add(norm(text(person.get("name"))));
    for (JsonNode m : list(person.get("mentions"))) {
      String n = norm(text(m));
      if (n.split(" ").length >= 2) {
        keys.add(n);
      }
    }
    keys.addAll(sortedWords(keys));
    keys.remove("");
    return keys;
  }

  private static Set<String> sortedWords(Set<String> keys) {
    Set<String> out = new HashSet<>();
    for (String k : keys) {
      List<String> words = new ArrayList<>(List.of(k.split(" ")));
      words.sort(null);
      out.add(String.join(" ", words));
    }
    return out;
  }

  static boolean samePerson(Set<String> pk, Set<String> gk) {
    if (intersects(pk, gk)) {
      return true;
    }
    for (Set<String>[] pair : List.of(new Set[] {pk, gk}, new Set[] {gk, pk})) {
      Set<String> one = pair[0];
      Set<String> other = pair[1];
      Set<String> singles = new HashSet<>();
      one.stream().filter(k -> !k.contains(" ")).forEach(singles::add);
      if (!singles.isEmpty() && one.stream().noneMatch(k -> k.contains(" "))) {
        for (String k : other) {
          String[] words = k.split(" ");
          if (words.length > 1 && (singles.contains(words[0]) || singles.contains(words[words.length - 1]))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  static Set<String> personRefs(JsonNode person) {
    Set<String> refs = personKeys(person);
    for (JsonNode m : list(person.get("mentions"))) {
      String n = norm(text(m));
      if (!n.isEmpty()) {
        refs.add(n);
      }
    }
    return refs;
  }

  static Set<String> orgKeys(JsonNode org) {
    Set<String> keys = new HashSet<>();
    keys.add(norm(text(org.get("name"))));
    for (String field : List.of("mentions", "acronyms", "alt_names")) {
      for (JsonNode v : list(org.get(field))) {
        keys.add(norm(text(v)));
      }
    }
    if (org.hasNonNull("acronym")) {
      keys.add(norm(text(org.get("acronym"))));
    }
    keys.remove("");
    return keys;
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  /** One-to-one matching: exact key matches first, then the looser rule. {pred index: gold index}. */
  static Map<Integer, Integer> match(List<JsonNode> gold, List<JsonNode> pred, Function<JsonNode, Set<String>> keys,
      BiPredicate<Set<String>, Set<String>> same) {
    List<Set<String>> gk = gold.stream().map(keys).toList();
    List<Set<String>> pk = pred.stream().map(keys).toList();
    Map<Integer, Integer> result = new LinkedHashMap<>();
    Set<Integer> taken = new HashSet<>();
    List<BiPredicate<Set<String>, Set<String>>> rules = List.of(Scorer::intersects, same);
    for (BiPredicate<Set<String>, Set<String>> rule : rules) {
      for (int p = 0; p < pk.size(); p++) {
        if (result.containsKey(p)) {
          continue;
        }
        for (int g = 0; g < gk.size(); g++) {
          if (!taken.contains(g) && rule.test(pk.get(p), gk.get(g))) {
            result.put(p, g);
            taken.add(g);
            break;
          }
        }
      }
    }
    return result;
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
    Map<Integer, Integer> pmap = match(gp, pp, Scorer::personKeys, Scorer::samePerson);
    Map<Integer, Integer> omap = match(go, po, Scorer::orgKeys, Scorer::intersects);

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

  private static String personId(String name, List<JsonNode> people, Map<Integer, Integer> mapping) {
    String n = norm(name);
    for (int i = 0; i < people.size(); i++) {
      if (personRefs(people.get(i)).contains(n)) {
        if (mapping == null) {
          return "person#" + i;
        }
        return mapping.containsKey(i) ? "person#" + mapping.get(i) : "person?" + n;
      }
    }
    return "person?" + n;
  }

  private static String partyId(JsonNode ref, List<JsonNode> orgs, Map<Integer, Integer> mapping) {
    if (ref == null || !ref.isTextual()) {
      return "?";
    }
    String r = ref.asText();
    if (r.startsWith("country:")) {
      return "country:" + r.substring(8).strip().toUpperCase(Locale.ROOT);
    }
    if (r.startsWith("org:")) {
      String name = norm(r.substring(4));
      for (int i = 0; i < orgs.size(); i++) {
        if (orgKeys(orgs.get(i)).contains(name)) {
          if (mapping == null) {
            return "org#" + i;
          }
          return mapping.containsKey(i) ? "org#" + mapping.get(i) : "org?" + name;
        }
      }
      return "org?" + name;
    }
    return "?" + norm(r);
  }

  private static String refId(JsonNode ref, List<JsonNode> people, List<JsonNode> orgs, Map<Integer, Integer> pm,
      Map<Integer, Integer> om) {
    if (ref != null && ref.isTextual() && (ref.asText().startsWith("country:") || ref.asText().startsWith("org:"))) {
      return partyId(ref, orgs, om);
    }
    return personId(text(ref), people, pm);
  }

  @SuppressWarnings("unchecked")
  private static Set<List<String>>[] positionTuples(List<JsonNode> people, List<JsonNode> orgs, Map<Integer, Integer> pm,
      Map<Integer, Integer> om) {
    Set<List<String>> out = new HashSet<>();
    Set<List<String>> aff = new HashSet<>();
    for (JsonNode person : people) {
      String pid = personId(text(person.get("name")), people, pm);
      for (JsonNode pos : dicts(person.get("positions"))) {
        String of = partyId(pos.get("of"), orgs, om);
        out.add(List.of(pid, String.valueOf(textOrNone(pos.get("role"))), of));
        aff.add(List.of(pid, of));
      }
    }
    return new Set[] {out, aff};
  }

  private static Map<List<String>, JsonNode> pairs(List<JsonNode> meetings, List<JsonNode> people, List<JsonNode> orgs,
      Map<Integer, Integer> pm, Map<Integer, Integer> om) {
    Map<List<String>, JsonNode> out = new HashMap<>();
    for (JsonNode meeting : meetings) {
      TreeSet<String> ids = new TreeSet<>();
      list(meeting.get("participants")).forEach(r -> ids.add(refId(r, people, orgs, pm, om)));
      List<String> sorted = new ArrayList<>(ids);
      for (int a = 0; a < sorted.size(); a++) {
        for (int b = a + 1; b < sorted.size(); b++) {
          out.putIfAbsent(List.of(sorted.get(a), sorted.get(b)), meeting);
        }
      }
    }
    return out;
  }

  private static String docName(JsonNode d) {
    String name = d != null && d.isObject() ? text(d.get("name")) : text(d);
    return norm(name).replaceAll("\\b\\d{4}\\b", "").strip();
  }

  private static List<JsonNode> list(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(out::add);
    }
    return out;
  }

  private static List<JsonNode> dicts(JsonNode node) {
    return list(node).stream().filter(JsonNode::isObject).toList();
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.isTextual() ? node.asText() : node.toString();
  }

  /** Python's str(None) is "None": a missing value compares equal to a null one. */
  private static Object textOrNone(JsonNode node) {
    return node == null || node.isNull() ? "None" : Objects.requireNonNullElse(text(node), "None");
  }
}
