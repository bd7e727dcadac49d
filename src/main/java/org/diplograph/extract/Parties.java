package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplograph.gazetteer.Country;
import org.diplograph.gazetteer.Gazetteer;
import org.diplograph.gazetteer.PhraseMatcher;

/**
 * The parties each sentence names, as the meeting model sees them: persons by name or by a
 * subject pronoun ("He also met …", resolved to the named subject of the sentence before, else to
 * the article's protagonist),
 * and countries and organisations that may stand for an unnamed delegation.
 */
final class Parties {

  /** How a party is written in the sentence. */
  enum Source { NAME, PRONOUN, TITLE, COUNTRY, CAPITAL, ORGANISATION }

  /** A party in one sentence: the tokens {@code [first, last]} that write it and the one that heads them. */
  record Mention(Party party, Nlp.Sentence sentence, int head, int first, int last, Source source) {}

  private Parties() {}

  /** Per sentence, its party mentions in text order. */
  static List<List<Mention>> find(ArticleText t, List<PersonFinder.Found> people, List<OrganisationFinder.Found> orgs,
      Map<String, Set<String>> titleHeads) {
    List<List<Mention>> all = new ArrayList<>();
    Party protagonist = people.isEmpty() ? null : Party.person(people.get(0).name);
    Party focus = protagonist;
    for (Nlp.Sentence s : t.sentences) {
      List<Mention> mentions = new ArrayList<>();
      for (PersonFinder.Found p : people) {
        for (int[] o : p.occurrences) {
          add(mentions, s, new Span(o[0], o[1]), Party.person(p.name), Source.NAME);
        }
      }
      for (PhraseMatcher.Match<Gazetteer.Hit> hit : t.hits) {
        Country c = CountryFinder.countryOf(hit.value());
        if (c != null && !insidePerson(hit, people)) {
          add(mentions, s, new Span(hit.start(), hit.end()), Party.delegation(new Affiliation.Country(c.iso2())),
              hit.value() instanceof Gazetteer.Capital ? Source.CAPITAL : Source.COUNTRY);
        }
      }
      for (OrganisationFinder.Found o : orgs) {
        for (int[] span : o.spans) {
          add(mentions, s, new Span(span[0], span[1]), Party.delegation(new Affiliation.Organisation(o.name)),
              Source.ORGANISATION);
        }
      }
      dropNested(s, mentions);
      Party subject = null;
      for (Mention m : mentions) {
        if (m.source() == Source.NAME && isSubject(s, m.head())) {
          subject = subject == null ? m.party() : subject;
        }
      }
      if (focus != null) {
        for (Nlp.Token token : s.tokens()) {
          String lemma = Triggers.lemma(token);
          if (token.pos().equals("PRP") && (lemma.equals("he") || lemma.equals("she")) && isSubject(s, token.index())) {
            mentions.add(new Mention(focus, s, token.index(), token.index(), token.index(), Source.PRONOUN));
          }
        }
      }
      mentions.addAll(titled(t, s, people, mentions, titleHeads));
      mentions.sort((a, b) -> Integer.compare(a.first(), b.first()));
      all.add(mentions);
      focus = subject != null ? subject : protagonist; // "He" is the last sentence's named subject, else the protagonist
    }
    return all;
  }

  /** Steps inside a noun phrase, up from a country to the title and name it belongs to. */
  private static final java.util.Set<String> NOUN_PHRASE = java.util.Set.of("compound", "nmod:poss", "nmod:of", "amod",
      "appos", "flat", "nmod:from", "nmod:for", "nmod:in", "nmod:to", "dep", "nmod:at");

  /**
   * A country or organisation inside a person's noun phrase is that person's affiliation, not a
   * delegation of its own: "Malta's Foreign Minister Ian Borg", "Ian Borg, the foreign minister of Malta".
   */
  private static void dropNested(Nlp.Sentence s, List<Mention> mentions) {
    java.util.Set<Integer> persons = new java.util.HashSet<>();
    for (Mention m : mentions) {
      if (m.source() == Source.NAME) {
        for (int i = m.first(); i <= m.last(); i++) {
          persons.add(i);
        }
      }
    }
    mentions.removeIf(m -> m.source() != Source.NAME && reaches(s, m.head(), persons));
  }

  private static boolean reaches(Nlp.Sentence s, int token, java.util.Set<Integer> targets) {
    int at = token;
    for (int steps = 0; steps < 5; steps++) {
      Dependencies.Edge up = null;
      for (Dependencies.Edge e : s.dependencies().governors(at)) {
        if (NOUN_PHRASE.contains(e.relation())) {
          up = e;
          break;
        }
      }
      for (Dependencies.Edge e : s.dependencies().children(at)) {
        if (e.relation().equals("appos") && targets.contains(e.dependent())) {
          return true; // "the foreign minister of Malta, Ian Borg"
        }
      }
      if (up == null) {
        return false;
      }
      at = up.governor();
      if (targets.contains(at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The Minister", "the visiting Secretary General": a title with no name beside it refers to the
   * person named with a title of that head word: the article's protagonist when it is one of them,
   * else the one last named before this sentence (else the first such).
   */
  private static List<Mention> titled(ArticleText t, Nlp.Sentence s, List<PersonFinder.Found> people, List<Mention> named,
      Map<String, Set<String>> titleHeads) {
    List<Mention> out = new ArrayList<>();
    List<Nlp.Token> tokens = s.tokens();
    for (Nlp.Token token : tokens) {
      int k = token.index();
      if (!TitleWords.isHead(token.word()) || TitleWords.kind(token.word()) == TitleWords.Kind.COUNTERPART
          || TitlePhrases.plural(token) || !determined(tokens, k) || besideName(tokens, k, named)) {
        continue;
      }
      String head = TitleWords.key(token.word());
      String whole = written(tokens, k);
      PersonFinder.Found best = null;
      int bestAt = -1;
      int bestFit = 0;
      for (PersonFinder.Found p : people) {
        Set<String> titles = titleHeads.getOrDefault(p.name, Set.of());
        int fit = titles.stream().anyMatch(x -> x.contains(whole)) ? 2 : titles.contains(head) ? 1 : 0;
        if (fit == 0) {
          continue;
        }
        int last = -1;
        for (int[] o : p.occurrences) {
          if (o[0] < s.begin()) {
            last = Math.max(last, o[0]);
          }
        }
        if (fit > bestFit || fit == bestFit && best != people.get(0) && (p == people.get(0) || last > bestAt)) {
          best = p;
          bestAt = last;
          bestFit = fit;
        }
      }
      if (best != null) {
        out.add(new Mention(Party.person(best.name), s, k, k, k, Source.TITLE));
      }
    }
    return out;
  }

  /** The title words before and at the head, as "prime minister" (without the determiner). */
  private static String written(List<Nlp.Token> tokens, int head) {
    StringBuilder out = new StringBuilder(TitleWords.key(tokens.get(head).word()));
    for (int i = head - 1; i >= 0 && TitleWords.kind(tokens.get(i).word()) != null; i--) {
      out.insert(0, TitleWords.key(tokens.get(i).word()) + " ");
    }
    return out.toString();
  }

  /** "the Minister", "The Foreign Minister", "the visiting President": a determiner before the title's words. */
  private static boolean determined(List<Nlp.Token> tokens, int head) {
    for (int i = head - 1; i >= 0 && i >= head - 4; i--) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (w.equals("the")) {
        return true;
      }
      if (TitleWords.kind(w) == null && !tokens.get(i).pos().startsWith("JJ") && !tokens.get(i).pos().equals("VBG")) {
        return false;
      }
    }
    return false;
  }

  /** Whether a name stands right after the title or right before it with a comma ("X, the minister"). */
  private static boolean besideName(List<Nlp.Token> tokens, int head, List<Mention> named) {
    for (Mention m : named) {
      if (m.source() != Source.NAME) {
        continue;
      }
      if (m.first() > head && m.first() <= head + 8 && noVerbBetween(tokens, head, m.first())) {
        return true; // "the Minister of Foreign Affairs, Geoffrey Onyeama"
      }
      if (m.last() < head && m.last() >= head - 5 && tokens.get(m.last() + 1).word().equals(",")
          && !(head + 1 < tokens.size() && tokens.get(head + 1).pos().matches("VBD|VBZ|VBP|MD"))) {
        return true; // "Ana Soto, the Minister, …"; not "Talking to Ana Soto, the Speaker said …"
      }
    }
    return false;
  }

  private static boolean noVerbBetween(List<Nlp.Token> tokens, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (tokens.get(i).pos().startsWith("VB")) {
        return false;
      }
    }
    return true;
  }

  private static void add(List<Mention> mentions, Nlp.Sentence s, Span span, Party party, Source source) {
    int[] at = s.tokensOf(span.start(), span.end());
    if (at != null) {
      mentions.add(new Mention(party, s, Triggers.head(s, at[0], at[1]), at[0], at[1], source));
    }
  }

  static boolean isSubject(Nlp.Sentence s, int token) {
    for (Dependencies.Edge e : s.dependencies().governors(token)) {
      if (e.relation().startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  private static boolean insidePerson(PhraseMatcher.Match<?> m, List<PersonFinder.Found> people) {
    for (PersonFinder.Found p : people) {
      for (int[] o : p.occurrences) {
        if (m.start() >= o[0] && m.end() <= o[1]) {
          return true;
        }
      }
    }
    return false;
  }
}
