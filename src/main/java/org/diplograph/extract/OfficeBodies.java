package org.diplograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.diplograph.gazetteer.Country;
import org.diplograph.gazetteer.Gazetteer;
import org.diplograph.gazetteer.Lexicon;
import org.diplograph.gazetteer.PhraseMatcher;

/**
 * The offices of an office-holder that reports name in lower case or through a possessive ("the
 * presidential press service", "Chile's presidential office", "the press service of the Peruvian
 * President"), from the words of {@code extract/office-bodies.tsv}: an office word with a holder
 * before it (an adjective, or a noun with "'s") or after it ("of the president"), and the country
 * the phrase names, else the article's home country.
 */
final class OfficeBodies {

  /** A row of the table: its words (lower case, split into tokens), the name it gives, and for a holder its form. */
  private record Entry(List<String> words, String name, boolean adjective) {}

  private static final List<Entry> HOLDERS = entries("holder");
  private static final List<Entry> OFFICES = entries("office");

  private OfficeBodies() {}

  private static List<Entry> entries(String kind) {
    List<Entry> out = new ArrayList<>();
    for (Lexicon.Row row : Lexicon.load("extract/office-bodies.tsv").rows()) {
      if (row.get("kind").equals(kind)) {
        out.add(new Entry(List.of(row.get("words").split("\\s+")), row.get("name"), row.get("form").equals("adjective")));
      }
    }
    out.sort(Comparator.comparingInt((Entry e) -> -e.words().size())); // "press office" before "office"
    return out;
  }

  /**
   * The office bodies of the article that no organisation of {@code known} already covers, each
   * once with all its mentions; not the outlet credited with the report ({@code source}, or null).
   * {@code home}: the ISO code of the article's home country, or null.
   */
  static List<OrganisationFinder.Found> find(ArticleText t, List<OrganisationFinder.Found> known, String source, String home) {
    Map<String, OrganisationFinder.Found> found = new LinkedHashMap<>();
    for (Nlp.Sentence s : t.sentences) {
      List<Nlp.Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Entry office = at(OFFICES, tokens, i);
        if (office == null || covered(known, tokens.get(i).begin(), tokens.get(i + office.words().size() - 1).end())) {
          continue;
        }
        int officeEnd = i + office.words().size(); // exclusive
        Phrase phrase = before(t, tokens, i);
        if (phrase == null) {
          phrase = after(t, tokens, officeEnd);
        }
        if (phrase == null) {
          continue;
        }
        int first = Math.min(phrase.first(), i);
        int last = Math.max(phrase.last(), officeEnd - 1);
        String iso2 = phrase.iso2() != null ? phrase.iso2() : home;
        String country = iso2 == null ? "" : " of " + Gazetteer.get().country(iso2).map(Country::name).orElse(iso2);
        String name = office.name() + " of the " + phrase.holder().name() + country;
        int start = tokens.get(first).begin();
        int end = tokens.get(last).end();
        String mention = t.text.substring(start, end);
        if (source != null && (mention.equalsIgnoreCase(source) || Gazetteer.get().sameAgency(mention, source))) {
          continue; // "The Press Service of the President of Belarus" credited with the report
        }
        OrganisationFinder.Found f = found.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> {
          OrganisationFinder.Found n = new OrganisationFinder.Found();
          n.name = name;
          n.origin = "office";
          n.evidence = t.evidence(start);
          return n;
        });
        f.mentions.add(mention);
        f.spans.add(new int[] {start, end});
        i = last;
      }
    }
    return new ArrayList<>(found.values());
  }

  /** The holder of an office and the tokens it takes (first and last, inclusive), with the country named there. */
  private record Phrase(Entry holder, int first, int last, String iso2) {}

  /** "presidential", "the president's", "Chile's presidential", "the Peruvian President's" right before token {@code i}. */
  private static Phrase before(ArticleText t, List<Nlp.Token> tokens, int i) {
    boolean possessive = i > 0 && isPossessive(tokens.get(i - 1));
    int holderEnd = possessive ? i - 1 : i; // exclusive
    Entry holder = null;
    for (Entry e : HOLDERS) {
      int from = holderEnd - e.words().size();
      if (e.adjective() != possessive && from >= 0 && spells(e, tokens, from)) {
        holder = e;
        break;
      }
    }
    if (holder == null) {
      return null;
    }
    int first = holderEnd - holder.words().size();
    int k = first - 1;
    if (k >= 1 && isPossessive(tokens.get(k))) {
      k--; // "Chile's presidential office"
    }
    PhraseMatcher.Match<Gazetteer.Hit> owner = k >= 0 ? countryEndingAt(t, tokens.get(k)) : null;
    if (owner != null) {
      first = tokenAt(tokens, owner.start(), k);
    }
    return new Phrase(holder, first, i - 1, owner == null ? null : CountryFinder.countryOf(owner.value()).iso2());
  }

  /** "of the president", "of the Kyrgyz President", "of the Parliament of Chile" from token {@code k}. */
  private static Phrase after(ArticleText t, List<Nlp.Token> tokens, int k) {
    if (k >= tokens.size() || !tokens.get(k).word().equals("of")) {
      return null;
    }
    k++;
    if (k < tokens.size() && tokens.get(k).word().equalsIgnoreCase("the")) {
      k++;
    }
    String iso2 = null;
    PhraseMatcher.Match<Gazetteer.Hit> demonym = k < tokens.size() ? countryStartingAt(t, tokens.get(k)) : null;
    if (demonym != null) {
      iso2 = CountryFinder.countryOf(demonym.value()).iso2();
      while (k < tokens.size() && tokens.get(k).begin() < demonym.end()) {
        k++;
      }
    }
    for (Entry e : HOLDERS) {
      if (!e.adjective() && spells(e, tokens, k)) {
        int last = k + e.words().size() - 1;
        int m = last + 1;
        if (iso2 == null && m + 1 < tokens.size() && tokens.get(m).word().equals("of")) {
          int c = tokens.get(m + 1).word().equalsIgnoreCase("the") ? m + 2 : m + 1;
          PhraseMatcher.Match<Gazetteer.Hit> of = c < tokens.size() ? countryStartingAt(t, tokens.get(c)) : null;
          if (of != null) {
            iso2 = CountryFinder.countryOf(of.value()).iso2();
            last = tokenAt(tokens, of.end() - 1, c);
          }
        }
        return new Phrase(e, k, last, iso2);
      }
    }
    return null;
  }

  /** The entry whose words the tokens spell from {@code i} (case aside), or null. */
  private static Entry at(List<Entry> entries, List<Nlp.Token> tokens, int i) {
    return entries.stream().filter(e -> spells(e, tokens, i)).findFirst().orElse(null);
  }

  /** Whether the tokens from {@code i} spell the entry's words (case aside). */
  private static boolean spells(Entry e, List<Nlp.Token> tokens, int i) {
    boolean all = i >= 0 && i + e.words().size() <= tokens.size();
    for (int j = 0; all && j < e.words().size(); j++) {
      all = tokens.get(i + j).word().toLowerCase(Locale.ROOT).equals(e.words().get(j));
    }
    return all;
  }

  private static boolean isPossessive(Nlp.Token token) {
    return token.word().equals("'s") || token.word().equals("’s") || token.pos().equals("POS");
  }

  private static boolean covered(List<OrganisationFinder.Found> known, int start, int end) {
    return known.stream().anyMatch(f -> f.spans.stream().anyMatch(s -> s[0] < end && s[1] > start));
  }

  private static PhraseMatcher.Match<Gazetteer.Hit> countryEndingAt(ArticleText t, Nlp.Token token) {
    return t.hits.stream().filter(h -> h.end() == token.end() && CountryFinder.countryOf(h.value()) != null).findFirst().orElse(null);
  }

  private static PhraseMatcher.Match<Gazetteer.Hit> countryStartingAt(ArticleText t, Nlp.Token token) {
    return t.hits.stream().filter(h -> h.start() == token.begin() && CountryFinder.countryOf(h.value()) != null)
        .findFirst().orElse(null);
  }

  /** The index of the token holding character {@code offset}, searching back or forward from {@code from}. */
  private static int tokenAt(List<Nlp.Token> tokens, int offset, int from) {
    int k = from;
    while (k > 0 && tokens.get(k).begin() > offset) {
      k--;
    }
    while (k + 1 < tokens.size() && tokens.get(k).end() <= offset) {
      k++;
    }
    return k;
  }
}
