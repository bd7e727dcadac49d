package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title phrases around a name ("Deputy Prime Minister and Minister of Foreign Affairs of
 * Kazakhstan Murat Nurtleu", "Ian Borg, Malta's foreign minister,") split into posts.
 */
final class Titles {

  /** Words that make a phrase a title: its head nouns. */
  static final Set<String> HEADS = Set.of("minister", "president", "vice-president", "premier", "chancellor",
      "ambassador", "secretary", "secretary-general", "chairman", "chairwoman", "chairperson", "chairperson-in-office",
      "chair", "speaker", "director", "director-general", "head", "chief", "envoy", "representative", "commissioner",
      "governor", "mayor", "king", "queen", "emir", "amir", "sultan", "prince", "spokesperson", "spokesman",
      "spokeswoman", "adviser", "advisor", "counsellor", "counselor", "consul", "consul-general", "chargé", "charge",
      "commander", "senator", "mp", "member", "coordinator", "administrator", "undersecretary", "under-secretary",
      "vice-premier", "vice-chairman", "deputy-chairman", "ombudsman", "prosecutor-general", "rapporteur",
      "officer", "general", "admiral", "leader", "co-chair", "co-chairman");
  /** Words that may stand before a head ("First Deputy", "Acting", "Special"). */
  static final Set<String> MODIFIERS = Set.of("deputy", "vice", "first", "acting", "prime", "foreign", "special",
      "permanent", "executive", "high", "state", "senior", "assistant", "grand", "crown", "extraordinary",
      "plenipotentiary", "honorary", "former", "new", "newly", "incoming", "outgoing", "chief", "defence", "defense",
      "interior", "finance", "trade", "economy", "energy", "justice", "education", "health", "culture", "agriculture",
      "labour", "labor", "transport", "digital", "emergency", "environment", "industry", "tourism", "sports",
      "presidential", "general", "main", "second", "third", "ministerial", "regional", "national", "the", "a", "an");
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "on", "to", "in", "at", "de", "del",
      "da", "di", "von", "van", "al", "el", "'s", "’s");
  private static final Pattern TOKEN = Pattern.compile("(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*|[,;:()\"“”.!?–—-]");

  private Titles() {}

  /** A post of a title phrase, with offsets in the text; posts joined by "and" share a group. */
  record Post(String text, int start, int end, int group) {}

  /** Honorifics between a title and a name ("Ambassador of Mexico, Mr Luis Paz"). */
  static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "h.e.", "h.h.", "sheikh", "hon", "prof",
      "professor", "sir", "madam", "dame", "lord", "lady", "excellency", "his", "her", "mister");

  /** The title phrase that stands right before {@code end}, going back no further than {@code floor}. */
  static List<Post> before(String text, int floor, int end) {
    List<int[]> tokens = new ArrayList<>(tokens(text, floor, end));
    boolean honorific = false;
    while (!tokens.isEmpty() && (HONORIFICS.contains(last(text, tokens, 0))
        || last(text, tokens, 0).equals(".") && HONORIFICS.contains(last(text, tokens, 1)))) {
      tokens.remove(tokens.size() - 1);
      honorific = true;
    }
    if (honorific && last(text, tokens, 0).equals(",")) {
      tokens.remove(tokens.size() - 1); // "Ambassador of Mexico, Mr Luis Paz"
    }
    if (last(text, tokens, 0).equals("and")) {
      return List.of(); // "X, Minister of State, and Omran Sharaf": the title before "and" is X's
    }
    int first = tokens.size();
    for (int i = tokens.size() - 1; i >= 0; i--) {
      String w = text.substring(tokens.get(i)[0], tokens.get(i)[1]);
      boolean accept = w.equals(",") && (i == tokens.size() - 1 || !text.substring(tokens.get(i + 1)[0], tokens.get(i + 1)[1]).equals(","))
          || Character.isUpperCase(w.charAt(0))
          || CONNECTORS.contains(w)
          || w.equals(")") && i > 1 && text.substring(tokens.get(i - 2)[0], tokens.get(i - 2)[1]).equals("(")
          || w.equals("(") && i < tokens.size() - 2 && text.substring(tokens.get(i + 2)[0], tokens.get(i + 2)[1]).equals(")");
      if (!accept) {
        break;
      }
      first = i;
    }
    if (first >= tokens.size()) {
      return List.of();
    }
    return posts(text, tokens.subList(first, tokens.size()), true);
  }

  /** An appositive title after a name: ", Malta's foreign minister," or ", the Minister of …". */
  static List<Post> after(String text, int start, int ceiling) {
    if (start >= ceiling) {
      return List.of(); // a name running past its sentence (found by fuzzing: a name across a line break)
    }
    Matcher m = Pattern.compile("\\G\\s*,\\s*").matcher(text).region(start, ceiling);
    if (!m.lookingAt()) {
      return List.of();
    }
    List<int[]> tokens = tokens(text, m.end(), ceiling);
    int last = -1;
    for (int i = 0; i < tokens.size() && i < 16; i++) {
      String w = text.substring(tokens.get(i)[0], tokens.get(i)[1]);
      if (w.matches("[;:()\"“”.!?–—-]") || w.equals(",") && !continuesAfterComma(text, tokens, i)) {
        break;
      }
      if (i >= 5 && noHeadYet(text, tokens, i)) {
        break; // an appositive title names its head within its first words
      }
      if (w.matches("(?i)who|which|said|says|told|noted|stressed|has|have|had|is|was|will|would|also|and") && !w.equals("and")) {
        break;
      }
      last = i;
    }
    if (last < 0) {
      return List.of();
    }
    return posts(text, tokens.subList(0, last + 1), false);
  }

  private static boolean noHeadYet(String text, List<int[]> tokens, int upTo) {
    for (int k = 0; k <= upTo; k++) {
      if (isHead(text.substring(tokens.get(k)[0], tokens.get(k)[1]))) {
        return false;
      }
    }
    return true;
  }

  private static boolean continuesAfterComma(String text, List<int[]> tokens, int comma) {
    if (comma + 1 >= tokens.size()) {
      return false;
    }
    String next = text.substring(tokens.get(comma + 1)[0], tokens.get(comma + 1)[1]).toLowerCase(Locale.ROOT);
    return next.equals("and") || isHead(next) || MODIFIERS.contains(next) && !next.matches("the|a|an");
  }

  /** Splits a phrase into posts: at commas and "and" where a new head starts. */
  private static List<Post> posts(String text, List<int[]> tokens, boolean capitalisedOnly) {
    List<List<int[]>> segments = new ArrayList<>();
    List<Integer> groups = new ArrayList<>();
    int group = 0;
    List<int[]> current = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String w = text.substring(tokens.get(i)[0], tokens.get(i)[1]);
      boolean split = w.equals(",") || w.equalsIgnoreCase("and") && startsPost(text, tokens, i + 1);
      if (split) {
        segments.add(current);
        groups.add(group);
        group += w.equals(",") ? 1 : 0;
        current = new ArrayList<>();
        if (w.equals(",")) {
          current.add(tokens.get(i)); // keep the comma: a headless segment re-joins the post before it
        }
        continue;
      }
      current.add(tokens.get(i));
    }
    segments.add(current);
    groups.add(group);
    List<int[]> spans = new ArrayList<>();
    for (int k = 0; k < segments.size(); k++) {
      List<int[]> segment = segments.get(k);
      List<int[]> words = segment.stream().filter(t -> !text.substring(t[0], t[1]).equals(",")).toList();
      if (words.isEmpty()) {
        continue;
      }
      boolean hasHead = words.stream().anyMatch(t -> isHead(text.substring(t[0], t[1])));
      if (hasHead) {
        spans.add(new int[] {words.get(0)[0], words.get(words.size() - 1)[1], groups.get(k)});
      } else if (!spans.isEmpty()) {
        spans.get(spans.size() - 1)[1] = words.get(words.size() - 1)[1];
      }
    }
    List<Post> posts = new ArrayList<>();
    for (int[] span : spans) {
      String post = trim(text.substring(span[0], span[1]));
      if (!post.isEmpty() && (!capitalisedOnly || Character.isUpperCase(post.charAt(0)) || Character.isDigit(post.charAt(0)))) {
        int start = text.indexOf(post, span[0]);
        posts.add(new Post(post, start, start + post.length(), span[2]));
      }
    }
    return posts;
  }

  /** Whether the words from {@code from} start a new post: modifiers, then a head, before any "of"/"for". */
  private static boolean startsPost(String text, List<int[]> tokens, int from) {
    for (int i = from; i < tokens.size(); i++) {
      String w = text.substring(tokens.get(i)[0], tokens.get(i)[1]).toLowerCase(Locale.ROOT);
      if (isHead(w)) {
        return true;
      }
      if (w.equals("of") || w.equals("for") || w.equals(",") || w.equals("and")) {
        return false;
      }
    }
    return false;
  }

  static boolean isHead(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s$", "");
    if (HEADS.contains(w)) {
      return true;
    }
    for (String part : w.split("-")) {
      if (!part.equals("general") && !part.equals("executive") && HEADS.contains(part) && !part.equals("in")) {
        return true;
      }
    }
    return false;
  }

  private static String trim(String post) {
    String p = post.strip();
    String previous;
    do {
      previous = p;
      p = p.replaceAll("^(?:(?:the|The|a|an|of|for|and|to|in|at|on|If|When|While|As|But|And|Then|After|Before|Since|"
          + "Although|However|Meanwhile|Later|Earlier|Today|Yesterday|On|In|At|During)\\s+|[,;]\\s*)", "")
          .replaceAll("(?:\\s*[,;]|\\s+(?:and|of|the|for|to|in|at|on))$", "").strip();
    } while (!p.equals(previous));
    return p;
  }

  /** The lower-cased token {@code back} places from the end, or "" when there is none. */
  private static String last(String text, List<int[]> tokens, int back) {
    int i = tokens.size() - 1 - back;
    return i < 0 ? "" : text.substring(tokens.get(i)[0], tokens.get(i)[1]).toLowerCase(Locale.ROOT);
  }

  private static List<int[]> tokens(String text, int from, int to) {
    List<int[]> tokens = new ArrayList<>();
    if (from >= to) {
      return tokens;
    }
    Matcher m = TOKEN.matcher(text).region(from, to);
    while (m.find()) {
      tokens.add(new int[] {m.start(), m.end()});
    }
    return tokens;
  }
}
