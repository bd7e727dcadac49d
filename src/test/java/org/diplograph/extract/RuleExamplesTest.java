package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.diplograph.gazetteer.Gazetteer;
import org.diplograph.gazetteer.Lexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of every rule table of {@code src/main/resources/extract/} runs its example: the
 * trigger fires, the title is found, the honorific stays out of the name, the role comes out, the
 * organisation word heads an organisation (and a building heads none), the topic cue finds its
 * topic. A row added without an example that works fails here, named by its file and line.
 */
class RuleExamplesTest {

  private static Stream<Arguments> rows(String file) {
    return table("extract/" + file);
  }

  /** Every row of a rule table on the classpath, named by its file and line. */
  private static Stream<Arguments> table(String resource) {
    return Lexicon.load(resource).rows().stream().map(r -> Arguments.of(r.file() + ":" + r.line(), r));
  }

  private static ArticleText text(String example) {
    return new ArticleText(example, Nlp.annotate(example), Gazetteer.get().find(example));
  }

  static Stream<Arguments> triggers() {
    return rows("triggers.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("triggers")
  void eachTriggerFiresInItsExample(String where, Lexicon.Row row) {
    Nlp.Sentence s = text(row.get("example")).sentences.get(0);
    assertThat(Triggers.find(s)).extracting(Triggers.Found::lemma).as(row.get("example")).contains(row.get("trigger"));
  }

  static Stream<Arguments> titles() {
    return rows("titles.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("titles")
  void eachTitleWordIsInATitleOfItsExample(String where, Lexicon.Row row) {
    ArticleText t = text(row.get("example"));
    List<Span> people = new ArrayList<>();
    PersonFinder.find(t).forEach(p -> p.occurrences.forEach(o -> people.add(new Span(o[0], o[1]))));
    Nlp.Sentence s = t.sentences.get(0);
    List<String> words = new ArrayList<>();
    for (TitlePhrases.Title title : TitlePhrases.find(s, ArticleText.mask(s, people), ArticleText.mask(s, t.hitSpans()))) {
      for (int i = title.first(); i <= title.last(); i++) {
        words.add(TitleWords.key(s.tokens().get(i).word()));
      }
    }
    assertThat(String.join(" ", words)).as(row.get("example")).contains(row.get("word"));
  }

  static Stream<Arguments> honorifics() {
    return rows("honorifics.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("honorifics")
  void eachHonorificStaysOutOfTheName(String where, Lexicon.Row row) {
    List<PersonFinder.Found> people = PersonFinder.find(text(row.get("example")));
    assertThat(people).as(row.get("example")).isNotEmpty();
    assertThat(people).extracting(p -> p.name).allSatisfy(name ->
        assertThat(List.of(name.toLowerCase(Locale.ROOT).split("\\s+"))).doesNotContain(row.get("word")));
  }

  static Stream<Arguments> roles() {
    return rows("roles.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roles")
  void eachRoleRuleGivesItsRoleToItsExample(String where, Lexicon.Row row) {
    assertThat(Roles.of(row.get("example"), row.get("for").equals("organisation"))).as(row.get("example"))
        .isEqualTo(row.get("role"));
  }

  static Stream<Arguments> organisationWords() {
    return rows("org-words.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("organisationWords")
  void eachOrganisationWordHeadsAnOrganisationOfItsExampleAndNoBuildingDoes(String where, Lexicon.Row row) {
    ArticleText t = text(row.get("example"));
    Nlp.Sentence s = t.sentences.get(0);
    List<String> heads = OrganisationPhrases.find(s, new boolean[s.tokens().size()]).stream().filter(p -> p.head() >= 0)
        .map(p -> s.tokens().get(p.head()).word().toLowerCase(Locale.ROOT)).toList();
    if (row.get("kind").equals("building")) {
      assertThat(heads).as(row.get("example")).doesNotContain(row.get("word"));
    } else if (row.get("kind").equals("head")) {
      assertThat(heads).as(row.get("example")).contains(row.get("word"));
    }
    if (!row.get("extends").equals("-")) { // the name runs on to the example's last word ("… in Lima.")
      List<Nlp.Token> tokens = s.tokens();
      assertThat(OrganisationPhrases.find(s, new boolean[tokens.size()])).as(row.get("example"))
          .anyMatch(p -> p.head() >= 0 && p.last() == tokens.size() - 2);
    }
  }

  static Stream<Arguments> topicWords() {
    return rows("topic-words.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("topicWords")
  void eachTopicCueFindsItsTopicInItsExample(String where, Lexicon.Row row) {
    List<String> topics = TopicCandidates.find(text(row.get("example")), List.of()).stream()
        .map(f -> ((Candidate.Key.Topic) f.candidate().key()).id()).toList();
    assertThat(topics).as(row.get("example")).contains(row.get("topic"));
    if (!row.get("unless").equals("-")) { // "They discussed food security.": no security talk
      for (String phrase : row.get("unless").split(";")) {
        String sentence = "They discussed " + phrase.strip().replace("=", "").replace("*", "") + ".";
        assertThat(TopicCandidates.find(text(sentence), List.of()).stream()
            .map(f -> ((Candidate.Key.Topic) f.candidate().key()).id()).toList()).as(sentence).doesNotContain(row.get("topic"));
      }
    }
  }

  static Stream<Arguments> documentWords() {
    return rows("document-words.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentWords")
  void eachDocumentWordFindsTheDocumentOfItsExample(String where, Lexicon.Row row) {
    ArticleText t = text(row.get("example"));
    List<String> names = (row.get("kind").equals("name") ? DocumentFinder.find(t, List.of()) : SignedDocuments.find(t, List.of()))
        .stream().map(d -> d.name().toLowerCase(Locale.ROOT)).toList();
    assertThat(names).as(row.get("example")).isNotEmpty();
    if (row.get("kind").matches("head|name")) {
      assertThat(names).as(row.get("example")).anyMatch(n -> n.contains(row.get("lemma").toLowerCase(Locale.ROOT)));
    }
  }

  static Stream<Arguments> discussion() {
    return rows("discussion.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("discussion")
  void eachDiscussionWordIsInItsExample(String where, Lexicon.Row row) {
    assertThat(text(row.get("example")).sentences.get(0).tokens()).as(row.get("example"))
        .anyMatch(token -> Triggers.is(token, row.get("lemma")));
  }

  static Stream<Arguments> groups() {
    return rows("groups.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("groups")
  void eachGroupWordIsInItsExample(String where, Lexicon.Row row) {
    List<String> lemmas = new ArrayList<>();
    for (Nlp.Sentence s : text(row.get("example")).sentences) {
      s.tokens().forEach(token -> lemmas.add(Triggers.lemma(token)));
    }
    assertThat(String.join(" ", lemmas)).as(row.get("example")).contains(row.get("lemma"));
    if (row.get("kind").equals("journey")) {
      assertThat(CountryFinder.visited(text(row.get("example")))).as(row.get("example")).contains("PE");
    }
  }

  static Stream<Arguments> officeBodies() {
    return rows("office-bodies.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("officeBodies")
  void eachOfficeBodyIsFoundAsWrittenInItsExample(String where, Lexicon.Row row) {
    List<String> mentions = new ArrayList<>();
    OfficeBodies.find(text(row.get("example")), List.of(), null, null).forEach(f -> mentions.addAll(f.mentions));
    assertThat(mentions).as(row.get("example")).contains(row.get("mention"));
  }

  static Stream<Arguments> countryAliases() {
    return table("gazetteer/country-aliases.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("countryAliases")
  void eachCountryAliasNamesItsCountryInItsExample(String where, Lexicon.Row row) {
    assertThat(CountryFinder.find(text(row.get("example")), List.of())).extracting(Extraction.CountryMention::iso2)
        .as(row.get("example")).contains(row.get("iso2"));
  }

  static Stream<Arguments> nameSpellings() {
    return table("gazetteer/name-spellings.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nameSpellings")
  void eachOtherSpellingOfANameFindsItsOrganisationInItsExample(String where, Lexicon.Row row) {
    String example = row.get("example");
    assertThat(example).as("the example writes the other spelling").contains(row.get("also"));
    assertThat(Gazetteer.get().find(example)).extracting(m -> m.value() instanceof Gazetteer.OrganisationName o
        ? o.organisation().name() : "").as(example).contains(row.get("organisation"));
  }

  static Stream<Arguments> titleCountries() {
    return rows("title-countries.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("titleCountries")
  void eachCountrysTitleOffersItsCountryInItsExample(String where, Lexicon.Row row) {
    ArticleText t = text(row.get("example"));
    List<PersonFinder.Found> people = PersonFinder.find(t);
    List<String> offered = new ArrayList<>();
    for (PositionCandidates.Found f : PositionCandidates.find(t, people, List.of(), new AffiliationOptions(t, people, List.of(), null))) {
      f.choices().stream().filter(c -> c.candidate().features().contains("aff=title-country"))
          .forEach(c -> offered.add(((Candidate.Key.Post) c.candidate().key()).of().reference()));
    }
    assertThat(offered).as(row.get("example")).contains("country:" + row.get("iso2"));
  }
}
