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
 * How {@code score.py} matches a predicted record to a gold one: names folded, persons by full
 * name or multi-word mention, organisations by any name, and the ids it gives positions and
 * meeting pairs on either side.
 */
final class Matching {

  private Matching() {}

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

  static Set<String> sortedWords(Set<String> keys) {
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

  static boolean intersects(Set<String> a, Set<String> b) {
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
    List<BiPredicate<Set<String>, Set<String>>> rules = List.of(Matching::intersects, same);
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

  static String personId(String name, List<JsonNode> people, Map<Integer, Integer> mapping) {
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

  static String partyId(JsonNode ref, List<JsonNode> orgs, Map<Integer, Integer> mapping) {
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

  static String refId(JsonNode ref, List<JsonNode> people, List<JsonNode> orgs, Map<Integer, Integer> pm,
      Map<Integer, Integer> om) {
    if (ref != null && ref.isTextual() && (ref.asText().startsWith("country:") || ref.asText().startsWith("org:"))) {
      return partyId(ref, orgs, om);
    }
    return personId(text(ref), people, pm);
  }

  @SuppressWarnings("unchecked")
  static Set<List<String>>[] positionTuples(List<JsonNode> people, List<JsonNode> orgs, Map<Integer, Integer> pm,
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

  static Map<List<String>, JsonNode> pairs(List<JsonNode> meetings, List<JsonNode> people, List<JsonNode> orgs,
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

  static List<JsonNode> list(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(out::add);
    }
    return out;
  }

  static List<JsonNode> dicts(JsonNode node) {
    return list(node).stream().filter(JsonNode::isObject).toList();
  }

  static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.isTextual() ? node.asText() : node.toString();
  }

  /** Python's str(None) is "None": a missing value compares equal to a null one. */
  static Object textOrNone(JsonNode node) {
    return node == null || node.isNull() ? "None" : Objects.requireNonNullElse(text(node), "None");
  }
}
