package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplograph.gazetteer.Gazetteer;
import org.diplograph.gazetteer.PhraseMatcher;

/**
 * Whether a name the organisation rules found is an organisation the article names: the rules
 * propose capitalised phrases (a conference, a venue, a title's portfolio, a name glued to a
 * person's all look alike); the organisation model weighs how each was found, its head and first
 * words, how the parser tags and attaches it, and how often the article uses it.
 */
final class OrganisationCandidates {

  private OrganisationCandidates() {}

  /** One candidate per organisation found, in the order found. */
  static List<Candidate> find(ArticleText t, List<OrganisationFinder.Found> orgs, List<PersonFinder.Found> people) {
    Set<String> personWords = new java.util.HashSet<>();
    people.forEach(p -> personWords.addAll(List.of(p.name.toLowerCase(Locale.ROOT).split("\\s+"))));
    List<Candidate> out = new ArrayList<>();
    for (OrganisationFinder.Found o : orgs) {
      out.add(new Candidate(Candidate.Decision.ORGANISATION, new Candidate.Key.Organisation(o.name),
          features(t, o, personWords), o.evidence == null ? "" : o.evidence));
    }
    return out;
  }

  private static List<String> features(ArticleText t, OrganisationFinder.Found o, Set<String> personWords) {
    List<String> f = new ArrayList<>();
    f.add("origin=" + o.origin);
    String[] words = o.name.split("\\s+");
    String head = lower(words[words.length - 1]);
    f.add("head=" + head);
    f.add("first=" + lower(words[0]));
    OrganisationPhrases.Kind kind = OrganisationPhrases.kind(head);
    f.add("head-kind=" + (kind == null ? "none" : kind.name().toLowerCase(Locale.ROOT)));
    boolean orgWord = false;
    for (String w : words) {
      orgWord |= OrganisationPhrases.kind(w) == OrganisationPhrases.Kind.HEAD;
      if (personWords.contains(lower(w))) {
        f.add("person-word"); // "Georgia Toivo Klaar": a person's name run into the phrase
      }
      if (TitleWords.kind(w) != null) {
        f.add("title-word"); // "WTO DG", "House of Representatives Speaker"
      }
    }
    f.add("org-word=" + orgWord);
    f.add("words=" + (words.length <= 3 ? String.valueOf(words.length) : words.length <= 5 ? "4-5" : "6+"));
    f.add("spans=" + Math.min(o.spans.size(), 3));
    f.add("known=" + (o.id != null));
    if (o.parent != null) {
      f.add("parent");
    }
    if (o.mentions.stream().anyMatch(m -> m.matches("\\p{Lu}{2,7}"))) {
      f.add("acronym");
    }
    if (o.name.matches(".*\\p{L}-\\p{Lu}.*")) {
      f.add("hyphened"); // "Ghana-Nigeria PJCC", "India-Russia Foreign Office Consultations"
    }
    if (o.name.matches(".*[’'].*")) {
      f.add("apostrophe");
    }
    for (PhraseMatcher.Match<Gazetteer.Hit> hit : Gazetteer.get().find(o.name)) {
      if (CountryFinder.countryOf(hit.value()) != null) {
        f.add("has-country");
        break;
      }
    }
    int[] span = o.spans.get(0);
    Nlp.Sentence s = t.sentenceAt(span[0]);
    int[] at = s.tokensOf(span[0], span[1]);
    if (at == null) {
      return f;
    }
    int first = at[0];
    int last = at[1];
    int organisations = 0;
    for (int i = first; i <= last; i++) {
      organisations += s.tokens().get(i).ner().equals("ORGANIZATION") ? 1 : 0;
    }
    f.add("ner=" + (organisations == last - first + 1 ? "all" : organisations > 0 ? "some" : s.tokens().get(last).ner()));
    int h = Triggers.head(s, first, last);
    List<Dependencies.Edge> up = s.dependencies().governors(h);
    String relation = up.isEmpty() ? "root" : up.get(0).relation().replaceAll(":.*", "");
    f.add("relation=" + relation);
    if (!up.isEmpty()) {
      Nlp.Token governor = s.tokens().get(up.get(0).governor());
      f.add("governor=" + (TitleWords.kind(governor.word()) != null ? "title" : governor.pos().replaceAll("^(..).*", "$1")));
      f.add("relation+case=" + relation + "/" + caseOf(s, h));
    }
    if (first > 0) {
      Nlp.Token before = s.tokens().get(first - 1);
      f.add("before=" + (TitleWords.kind(before.word()) != null ? "title" : before.pos().equals("DT") ? "the"
          : before.pos().replaceAll("^(..).*", "$1")));
    } else {
      f.add("before=start");
    }
    return f;
  }

  /** The preposition of a noun ("at" in "at the State House"), or "-". */
  private static String caseOf(Nlp.Sentence s, int head) {
    for (Dependencies.Edge e : s.dependencies().children(head)) {
      if (e.relation().equals("case")) {
        return lower(s.tokens().get(e.dependent()).word());
      }
    }
    return "-";
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }
}
