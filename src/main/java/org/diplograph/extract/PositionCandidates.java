package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Position candidates: each title phrase ({@link TitlePhrases}) of a sentence with each person the
 * sentence names is a candidate post ({@link Attachment} says how the title stands to the name);
 * given the post, each country or organisation it may be of ({@link AffiliationOptions}) is a
 * candidate affiliation. The position and affiliation models weigh them.
 */
final class PositionCandidates {

  /** A candidate with the title it reads; a post's {@code choices} are its affiliation candidates. */
  record Found(Candidate candidate, TitlePhrases.Title title, Affiliation of, String role, String titleText,
      List<Found> choices) {}

  /** A person's name in a sentence. */
  record Mention(PersonFinder.Found person, int first, int last, int head) {}

  /** A title of a sentence with its options. */
  private record Titled(TitlePhrases.Title title, List<AffiliationOptions.Option> options, Set<Affiliation> explicit) {}

  /** Title-name configurations that leave no doubt whose title it is. */
  private static final Set<String> CLOSE = Set.of("config=before-adjacent", "config=before-honorific",
      "config=after-comma", "config=before-comma", "config=after-paren");

  /**
   * The configuration of an official listed after a plural title by the country they serve: no
   * model weighs it, the list says whose post it is ("the foreign ministers of Chile and Peru, A and B").
   */
  static final String LISTED = "config=list-item";

  /** The role of a counterpart's title before it is known: any. */
  static final String ANY = "*";

  private PositionCandidates() {}

  static List<Found> find(ArticleText t, List<PersonFinder.Found> people, List<OrganisationFinder.Found> orgs,
      AffiliationOptions affiliations) {
    List<Span> personSpans = new ArrayList<>();
    people.forEach(p -> p.occurrences.forEach(o -> personSpans.add(new Span(o[0], o[1]))));
    List<Span> named = new ArrayList<>(t.hitSpans());
    orgs.forEach(o -> o.spans.forEach(s -> named.add(new Span(s[0], s[1]))));
    List<List<Titled>> bySentence = new ArrayList<>();
    for (Nlp.Sentence s : t.sentences) {
      List<TitlePhrases.Title> titles = TitlePhrases.find(s, ArticleText.mask(s, personSpans), ArticleText.mask(s, named));
      List<Titled> titled = new ArrayList<>();
      for (TitlePhrases.Title title : titles) {
        List<AffiliationOptions.Option> options = affiliations.options(s, title, titles);
        Set<Affiliation> explicit = new LinkedHashSet<>();
        for (AffiliationOptions.Option o : options) {
          if (o.source().matches("title-(of|before|possessive|demonym)")) {
            explicit.add(o.of());
          }
        }
        titled.add(new Titled(title, options, explicit));
      }
      bySentence.add(titled);
      for (Mention m : mentions(s, people)) {
        for (Titled x : titled) {
          List<String> a = attachment(t, s, x.title(), m, titles, mentions(s, people));
          if (!x.explicit().isEmpty() && a.stream().anyMatch(CLOSE::contains) && !a.contains("person-between")) {
            x.explicit().forEach(of -> affiliations.own(m.person().name, of));
          }
        }
        AffiliationOptions.Option after = affiliations.after(s, m.last());
        if (after != null) {
          affiliations.own(m.person().name, after.of());
        }
      }
    }
    List<Found> out = new ArrayList<>();
    for (Nlp.Sentence s : t.sentences) {
      List<Mention> mentions = mentions(s, people);
      List<TitlePhrases.Title> titles = bySentence.get(s.index()).stream().map(Titled::title).toList();
      for (Titled x : bySentence.get(s.index())) {
        String bare = TitleText.without(t, x.title(), null);
        boolean counterpart = TitleWords.kind(x.title().headToken().word()) == TitleWords.Kind.COUNTERPART
            || TitleWords.kind(Triggers.lemma(x.title().headToken())) == TitleWords.Kind.COUNTERPART; // "counterparts"
        // "his Russian counterpart": the role is the other person's, known once that is decided
        Set<String> roles = counterpart ? Set.of(ANY) : roles(t, x, bare);
        boolean plural = TitlePhrases.plural(x.title().headToken());
        for (Mention m : plural ? List.<Mention>of() : mentions) { // "the foreign ministers" are no one's title
          Candidate post = new Candidate(Candidate.Decision.POSITION,
              new Candidate.Key.Title(m.person().name, Set.copyOf(roles), x.explicit()),
              attachment(t, s, x.title(), m, titles, mentions), s.text() + " ‖ " + bare);
          List<AffiliationOptions.Option> options = new ArrayList<>(x.options());
          AffiliationOptions.Option after = affiliations.after(s, m.last());
          if (after != null) {
            options.removeIf(o -> o.of().equals(after.of()));
            options.add(after); // "President Evo Morales of Bolivia"
          }
          for (Affiliation own : affiliations.owned(m.person().name)) {
            if (options.stream().noneMatch(o -> o.of().equals(own))) {
              options.add(new AffiliationOptions.Option(own, "person", null)); // "Russian President Putin" elsewhere
            }
          }
          int parts = counterpart ? 1 : parts(bare).size();
          for (int part = 0; part < parts; part++) { // "Deputy Prime Minister and Foreign Minister": two posts
            List<Found> choices = new ArrayList<>();
            for (AffiliationOptions.Option o : options) {
              List<String> texts = parts(TitleText.without(t, x.title(), o.span()));
              String text = texts.get(Math.min(part, texts.size() - 1));
              String role = counterpart ? ANY : Roles.of(text, o.of() instanceof Affiliation.Organisation);
              choices.add(new Found(new Candidate(Candidate.Decision.AFFILIATION,
                  new Candidate.Key.Post(m.person().name, role, o.of()), affiliations.features(o, m.person().name, role, x.title()),
                  s.text() + " ‖ " + bare, post), x.title(), o.of(), role, text, List.of()));
            }
            out.add(new Found(post, x.title(), null, null, bare, choices));
          }
        }
        if (plural) {
          out.addAll(listed(t, s, x.title(), bare, roles, mentions, affiliations));
        }
      }
    }
    return out;
  }

  /**
   * Officials listed after a plural title, each after the country they serve: "the foreign
   * ministers of Spain José Albares, Latvia Baiba Braže and Poland Radosław Sikorski".
   */
  private static List<Found> listed(ArticleText t, Nlp.Sentence s, TitlePhrases.Title title, String bare, Set<String> roles,
      List<Mention> mentions, AffiliationOptions affiliations) {
    List<Found> out = new ArrayList<>();
    List<Mention> after = mentions.stream().filter(m -> m.first() > title.last()).sorted((a, b) -> a.first() - b.first()).toList();
    List<AffiliationOptions.Option> named = affiliations.countriesIn(title);
    if (named.isEmpty() && s.tokens().stream().anyMatch(x -> x.word().equalsIgnoreCase("respectively"))) {
      named = affiliations.countriesBefore(s, title); // "A and B were represented by Foreign Ministers X and Y respectively"
    }
    for (int i = 0; i < after.size(); i++) {
      Mention m = after.get(i);
      AffiliationOptions.Option before = affiliations.before(s, m.first(), s.text().contains(";")); // "…of Latvia, Ivars Ozols; Peru, Ana Soto"
      if (before == null) {
        before = affiliations.after(s, m.last()); // "the ambassadors are A from Chile, B from Peru"
      }
      if (before == null && named.size() >= 2 && named.size() == after.size()) {
        before = named.get(i); // "the foreign ministers of Chile and Peru, Ana Soto and Luis Paz": in order
      }
      if (before == null) {
        continue;
      }
      String role = roles.contains(ANY) ? ANY : Roles.of(bare, before.of() instanceof Affiliation.Organisation); // "his counterparts from A and B"
      Candidate post = new Candidate(Candidate.Decision.POSITION,
          new Candidate.Key.Title(m.person().name, Set.of(role), Set.of(before.of())),
          List.of(LISTED, "head=" + TitleWords.key(title.headToken().word())), s.text() + " ‖ " + bare);
      Found choice = new Found(new Candidate(Candidate.Decision.AFFILIATION, new Candidate.Key.Post(m.person().name, role,
          before.of()), affiliations.features(before, m.person().name, role, title), s.text() + " ‖ " + bare, post), title,
          before.of(), role, singular(title), List.of());
      out.add(new Found(post, title, null, null, bare, List.of(choice)));
    }
    return out;
  }

  /** One listed official's title: a plural title's words up to its head, the head in the singular ("Foreign Minister"). */
  private static String singular(TitlePhrases.Title title) {
    List<String> words = new ArrayList<>();
    for (int i = title.first(); i <= title.head(); i++) {
      String w = title.sentence().tokens().get(i).word();
      if (i == title.head()) {
        String lemma = Triggers.lemma(title.sentence().tokens().get(i));
        w = w.endsWith("s") && lemma.length() < w.length() ? w.substring(0, lemma.length()) : w;
      }
      if (!(i == title.first() && w.matches("(?i)the|a|an"))) {
        words.add(w);
      }
    }
    return String.join(" ", words);
  }

  /**
   * The titles a compound title joins with "and", each with a head of its own ("Deputy Prime
   * Minister and Foreign Minister"); a portfolio's "and" stays ("Minister of Trade and Industry").
   */
  static List<String> parts(String title) {
    List<String> out = new ArrayList<>();
    for (String piece : title.split(" (?:and|&) ")) {
      boolean headed = java.util.Arrays.stream(piece.split("\\s+")).anyMatch(TitleWords::isHead);
      if (out.isEmpty() || !headed) {
        out.add(out.isEmpty() ? piece : out.remove(out.size() - 1) + " and " + piece);
      } else {
        out.add(piece);
      }
    }
    return out;
  }

  /** The roles a title may state, whatever it turns out to be of. */
  private static Set<String> roles(ArticleText t, Titled x, String bare) {
    Set<String> roles = new LinkedHashSet<>(List.of(Roles.of(bare, false), Roles.of(bare, true)));
    x.options().forEach(o -> roles.add(Roles.of(TitleText.without(t, x.title(), o.span()),
        o.of() instanceof Affiliation.Organisation)));
    return roles;
  }

  /**
   * Per person, the head words of the titles that stand right beside their name ("minister",
   * "president") and those titles whole ("prime minister"): what "the Minister" or "the Prime
   * Minister" later refers back to.
   */
  static java.util.Map<String, Set<String>> titleHeads(List<Found> candidates) {
    java.util.Map<String, Set<String>> heads = new java.util.HashMap<>();
    for (Found f : candidates) {
      List<String> features = f.candidate().features();
      if (features.stream().anyMatch(CLOSE::contains) && !features.contains("person-between")
          && f.candidate().key() instanceof Candidate.Key.Title title) {
        Set<String> mine = heads.computeIfAbsent(title.person(), k -> new LinkedHashSet<>());
        mine.add(TitleWords.key(f.title().headToken().word()));
        mine.add(TitleWords.key(f.titleText())); // the whole title too: "the Prime Minister" is the one called so
      }
    }
    return heads;
  }

  private static List<String> attachment(ArticleText t, Nlp.Sentence s, TitlePhrases.Title title, Mention m,
      List<TitlePhrases.Title> titles, List<Mention> mentions) {
    return Attachment.features(t, s, title, m.first(), m.last(), m.head(), titles,
        mentions.stream().map(x -> new int[] {x.first(), x.last()}).toList());
  }

  static List<Mention> mentions(Nlp.Sentence s, List<PersonFinder.Found> people) {
    List<Mention> out = new ArrayList<>();
    for (PersonFinder.Found p : people) {
      for (int[] o : p.occurrences) {
        int[] at = s.tokensOf(o[0], o[1]);
        if (at != null) {
          out.add(new Mention(p, at[0], at[1], Triggers.head(s, at[0], at[1])));
        }
      }
    }
    return out;
  }
}
