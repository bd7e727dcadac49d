package org.diplograph.extract;

/** A title as written, without the name of the country or organisation it is of ("of Malta", "Malta's", "Maltese"). */
final class TitleText {

  private TitleText() {}

  static String without(ArticleText t, TitlePhrases.Title title, Span affiliation) {
    Span span = title.span();
    String text = t.text.substring(span.start(), span.end());
    if (affiliation == null || !span.contains(affiliation) || namesBody(t, affiliation)) {
      return clean(text); // "Chairman of the State Duma", "Lok Sabha member": the body stays in the title
    }
    int start = affiliation.start() - span.start();
    int end = affiliation.end() - span.start();
    String before = text.substring(0, start);
    String after = text.substring(end);
    if (before.isBlank() || before.strip().matches("(?i)the")) {
      return clean(after.replaceFirst("^(['’]s)?\\s+", ""));
    }
    if (after.isBlank() && before.matches("(?is).*\\b(of|for|from)\\s+(the\\s+)?$")) {
      return clean(before.replaceFirst("(?is),?\\s*\\b(of|for|from)\\s+(the\\s+)?$", ""));
    }
    return clean(text);
  }

  /** Whether the span is the name of a body (a parliament, an organisation), not of a country. */
  private static boolean namesBody(ArticleText t, Span affiliation) {
    for (var hit : t.hits) {
      if (hit.start() == affiliation.start() && hit.end() == affiliation.end()) {
        return hit.value() instanceof org.diplograph.gazetteer.Gazetteer.Legislature;
      }
    }
    return false;
  }

  private static String clean(String text) {
    return text.strip().replaceAll("\\s+", " ").replaceFirst("^(?i)the\\s+", "");
  }
}
