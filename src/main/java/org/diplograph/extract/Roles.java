package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.diplograph.gazetteer.Lexicon;

/** The role class of a title ({@code extract/roles.tsv}): the first rule that fits it. */
final class Roles {

  private record Rule(String role, String scope, Pattern when, Pattern unless, String example) {}

  private static final List<Rule> RULES = load();

  private Roles() {}

  private static List<Rule> load() {
    List<Rule> rules = new ArrayList<>();
    for (Lexicon.Row row : Lexicon.load("extract/roles.tsv").rows()) {
      String scope = row.get("for");
      if (!scope.matches("country|organisation|\\*")) {
        throw row.error("for is country, organisation or *, not " + scope);
      }
      try {
        rules.add(new Rule(row.get("role"), scope, Pattern.compile(row.get("if")),
            row.get("unless").equals("-") ? null : Pattern.compile(row.get("unless")), row.get("example")));
      } catch (PatternSyntaxException e) {
        throw row.error("not a regular expression: " + e.getMessage());
      }
    }
    return List.copyOf(rules);
  }

  /** "foreign ministers of Chile and Peru" → "foreign minister of chile and peru": plural heads as singular. */
  private static String singular(String title) {
    StringBuilder out = new StringBuilder();
    for (String word : title.split(" ")) {
      String one = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
          : word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
      out.append(out.length() == 0 ? "" : " ").append(!word.equals(one) && TitleWords.isHead(one) ? one : word);
    }
    return out.toString();
  }

  /** The role of a title (without its affiliation) held for a country or an organisation. */
  static String of(String title, boolean ofOrganisation) {
    String t = singular(title.toLowerCase(Locale.ROOT).replace('’', '\''));
    for (Rule r : RULES) {
      boolean scope = r.scope().equals("*") || r.scope().equals("organisation") == ofOrganisation;
      if (scope && r.when().matcher(t).find() && (r.unless() == null || !r.unless().matcher(t).find())) {
        return r.role();
      }
    }
    return "official";
  }
}
