package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.gazetteer.Lexicon;

/**
 * Named documents: capitalised phrases headed by Declaration, Treaty, Agreement, Act, Charter …
 * ("the 2010 Astana Declaration", "Treaty on Eternal Friendship"), with a year written before
 * the name or after it ("of 1992"); and the documents a sentence has the parties sign, adopt or
 * conclude, written in lower case ("signed an intergovernmental agreement on visa exemption"):
 * the noun phrase, on the parse, of a head of {@code extract/document-words.tsv} that a verb of
 * signing there takes ({@link SignedDocuments}).
 */
final class DocumentFinder {

  private static final String WORD = "(?:[A-Z][\\p{L}'’-]*|of|on|and|for|the|in|between|de)";
  /** The words that end a document's name (document-words.tsv, kind name), longest first. */
  private static final String HEAD = Lexicon.load("extract/document-words.tsv").ofKind("name", "lemma").stream()
      .sorted((a, b) -> b.length() - a.length())
      .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
  private static final Pattern DOCUMENT = Pattern.compile("(?:\\b(\\d{4})\\s+)?\\b((?:[A-Z][\\p{L}'’-]*\\s+(?:" + WORD + "\\s+){0,4})?"
      + HEAD + "(?:\\s+(?:on|of|for|between|in)\\s+(?:the\\s+)?(?:[A-Z][\\p{L}'’-]*\\s?)+(?:\\s+(?:and|of|on|in)\\s+(?:the\\s+)?(?:[A-Z][\\p{L}'’-]*\\s?)+)*)?)"
      + "(?:\\s+(?:of|in)\\s+(\\d{4}))?(?![\\p{L}-]| [A-Z])");

  private DocumentFinder() {}

  static List<Extraction.Document> find(ArticleText t, List<int[]> organisationSpans) {
    Map<String, Extraction.Document> found = new LinkedHashMap<>();
    Matcher m = DOCUMENT.matcher(t.text);
    while (m.find()) {
      String name = m.group(2).strip().replaceAll("^(?:The|the)\\s+", "");
      if (name.split("\\s+").length < 2 || insideAny(m.start(2), m.end(2), organisationSpans)
          || name.matches("(?i)(this|that|the|our|new|its|their|an?|joint|national|action|work|bilateral|such|first|second)\\s+\\w+")) {
        continue;
      }
      Integer year = m.group(1) != null ? Integer.valueOf(m.group(1)) : m.group(3) != null ? Integer.valueOf(m.group(3)) : null;
      String key = name.toLowerCase(java.util.Locale.ROOT);
      Extraction.Document known = found.get(key);
      if (known == null || known.year() == null && year != null) {
        found.put(key, new Extraction.Document(name, year, t.evidence(m.start(2))));
      }
    }
    for (Extraction.Document d : SignedDocuments.find(t, organisationSpans)) {
      String key = d.name().toLowerCase(java.util.Locale.ROOT);
      if (found.keySet().stream().noneMatch(k -> k.contains(key) || key.contains(k))) { // a name found as such stays as written
        found.put(key, d);
      }
    }
    return new ArrayList<>(found.values());
  }

  /** Whether the name lies within an organisation's ("the Organisation of the Black Sea Economic Cooperation"), not merely names one ("the Charter of the SCO"). */
  static boolean insideAny(int start, int end, List<int[]> spans) {
    for (int[] s : spans) {
      if (start >= s[0] && end <= s[1]) {
        return true;
      }
    }
    return false;
  }
}
