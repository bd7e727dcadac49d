package org.diplograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.gazetteer.Gazetteer;
import org.diplograph.gazetteer.PhraseMatcher;

/**
 * Persons: CoreNLP's PERSON spans, cleaned of titles and honorifics, rejected where they are
 * places or organisations, then grouped so that every later form (a surname) belongs to the
 * fullest name.
 */
final class PersonFinder {

  /** One person of the article with every place it is written. */
  static final class Found {
    String name;
    final Set<String> mentions = new LinkedHashSet<>();
    final List<int[]> occurrences = new ArrayList<>();

    int first() {
      return occurrences.stream().mapToInt(o -> o[0]).min().orElse(Integer.MAX_VALUE);
    }

    String surname() {
      String[] words = name.split("\\s+");
      return words[words.length - 1];
    }
  }

  private static final Set<String> PARTICLES = Set.of("de", "del", "della", "van", "von", "der", "den", "al", "al-",
      "bin", "ibn", "el", "da", "dos", "das", "du", "la", "le", "ter", "y", "di", "bint", "ben");
  private static final Pattern PUNCT_END = Pattern.compile("[’']s$");

  private PersonFinder() {}

  static List<Found> find(ArticleText t) {
    List<String> candidates = new ArrayList<>();
    for (ArticleText.Entity e : t.entities) {
      if (e.kind() == ArticleText.Kind.PERSON) {
        String name = clean(t, e);
        if (name != null) {
          candidates.add(name);
        }
      }
    }
    candidates.addAll(titleAnchored(t));
    List<Found> people = group(candidates);
    locate(t, people);
    completeSingleNames(t, people);
    people.removeIf(p -> p.occurrences.isEmpty() || !p.name.contains(" ") && !titled(t, p));
    people.sort(Comparator.comparingInt(Found::first));
    return people;
  }

  /**
   * Names that NER missed or took for a place right after a title: "President of the Kyrgyz
   * Republic Sadyr Japarov", "UN Special Envoy to Syria Stephan de Mistura": capitalised words
   * (and particles) that name no country or organisation and hold no title word.
   */
  private static List<String> titleAnchored(ArticleText t) {
    List<String> names = new ArrayList<>();
    List<Span> hits = t.hitSpans();
    for (Nlp.Sentence s : t.sentences) {
      List<Nlp.Token> tokens = s.tokens();
      boolean[] person = new boolean[tokens.size()];
      for (Nlp.Token token : tokens) {
        person[token.index()] = token.ner().equals("PERSON");
      }
      boolean[] named = ArticleText.mask(s, hits);
      for (TitlePhrases.Title title : TitlePhrases.find(s, person, named)) {
        int first = title.last() + 1;
        while (first < tokens.size() && (TitleWords.isHonorific(tokens.get(first).word()) || tokens.get(first).word().equals(".")
            || tokens.get(first).word().equals(","))) {
          first++;
        }
        int last = first - 1;
        if (first + 1 < tokens.size() && named[first] && capitalWord(t, tokens.get(first)) && !named[first + 1]
            && isNameWord(tokens, first + 1)) {
          last = first; // a given name that is also a capital's: "Foreign Minister Sofia Olbeltel", "President Santiago Peña"
        }
        while (last + 1 < tokens.size() && last - first < 5 && !named[last + 1] && isNameWord(tokens, last + 1)) {
          last++;
        }
        while (last >= first && isParticle(tokens.get(last).word())) {
          last--;
        }
        if (last > first && Character.isUpperCase(tokens.get(first).word().charAt(0))) {
          String name = t.text.substring(tokens.get(first).begin(), tokens.get(last).end()).replaceAll("\\s+", " ");
          if (!name.contains(",") && !name.contains("\n")) {
            names.add(PUNCT_END.matcher(name).replaceAll(""));
          }
        }
      }
    }
    return names;
  }

  /** Whether the token is, on its own, a capital city's name in the gazetteer (not a country's). */
  private static boolean capitalWord(ArticleText t, Nlp.Token token) {
    for (PhraseMatcher.Match<Gazetteer.Hit> m : t.hits) {
      if (m.start() == token.begin() && m.end() == token.end() && m.value() instanceof Gazetteer.Capital) {
        return Character.isUpperCase(token.word().charAt(0));
      }
    }
    return false;
  }

  private static boolean isNameWord(List<Nlp.Token> tokens, int i) {
    Nlp.Token token = tokens.get(i);
    String w = token.word();
    if (isParticle(w)) {
      return i + 1 < tokens.size() && Character.isUpperCase(tokens.get(i + 1).word().charAt(0));
    }
    if (w.matches("(?i)(al|el|ad|as|ash|at|az|ar|bin|ibn|abu|ould|ben)-\\p{L}+")) {
      return true; // "al-Maawali"
    }
    return Character.isUpperCase(w.charAt(0)) && token.pos().startsWith("NNP") && !isTitleWord(w) && !Dates.isCalendarWord(w)
        && !OrganisationPhrases.namesAlone(w)
        && w.matches("[\\p{L}][\\p{L}\\p{M}.’'-]*") && (!token.ner().equals("ORGANIZATION") || OrganisationPhrases.kind(w) == null);
  }

  /**
   * Whether a one-word name stands after a title or honorific somewhere ("President Erdogan",
   * "Mr Putin"): NER's one-word PERSONs without one are as often places or outlets ("Akorda").
   */
  private static boolean titled(ArticleText t, Found p) {
    for (int[] o : p.occurrences) {
      Matcher before = Pattern.compile("(\\S+)\\s+$").matcher(t.text.substring(Math.max(0, o[0] - 40), o[0]));
      if (before.find() && isTitleWord(before.group(1).replaceAll("[,.]$", ""))) {
        return true;
      }
    }
    return false;
  }

  /** The name in a PERSON span without leading titles or honorifics; null when it is no name. */
  private static String clean(ArticleText t, ArticleText.Entity e) {
    List<Nlp.Token> tokens = new ArrayList<>(e.tokens());
    extendRight(t, tokens);
    extendLeft(t, tokens);
    int start = tokens.get(0).begin();
    int end = tokens.get(tokens.size() - 1).end();
    // whole words (CoreNLP splits "Chairperson-in-Office" into five tokens): drop leading titles
    Matcher word = Pattern.compile("\\S+").matcher(t.text).region(start, end);
    while (word.find() && (isTitleWord(word.group()) || isTitleWord(word.group().replaceAll("[,.]$", ""))
        || OrganisationPhrases.namesAlone(word.group()))) { // "[Speaker National] Assembly Sardar Ayaz Sadiq"
      start = word.end();
    }
    String name = t.text.substring(start, end).strip().replaceAll("\\s+", " "); // a joined line wrap
    name = PUNCT_END.matcher(name).replaceAll("").replaceAll("[,.]$", "").strip();
    if (name.isEmpty()) {
      return null;
    }
    start = Math.max(start, t.text.indexOf(name, start));
    String[] words = name.split("\\s+");
    if (words.length > 7 || name.matches(".*\\d.*") || name.length() < 2 || !Character.isLetter(name.charAt(0))) {
      return null;
    }
    for (String w : words) {
      if (Character.isLowerCase(w.charAt(0)) && !PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    if (isGazetteerName(t, start, start + name.length())) {
      return null;
    }
    return name;
  }


  /** Whether the word at [start, end) is a proper noun that names no country or organisation. */
  private static boolean taggedPerson(ArticleText t, int start, int end) {
    if (isGazetteerName(t, start, end)) {
      return false;
    }
    for (Nlp.Token token : t.sentenceAt(start).tokens()) {
      if (token.begin() == start && token.end() == end) {
        return token.ner().equals("PERSON") || token.pos().equals("NNP") && !token.ner().equals("LOCATION")
            && !token.ner().equals("ORGANIZATION");
      }
    }
    return false;
  }

  static boolean isParticle(String word) {
    return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Adds the one capitalised proper noun NER left out right before the span ("Recep" Tayyip
   * Erdogan), unless what stands before that word makes it part of a title or a list of
   * portfolios ("Envoy for Climate John Kerry", "Home Affairs and Citizenship Dimitris …").
   */
  private static void extendLeft(ArticleText t, List<Nlp.Token> tokens) {
    List<Nlp.Token> sentence = t.sentenceAt(tokens.get(0).begin()).tokens();
    int index = sentence.indexOf(tokens.get(0));
    if (index < 1) {
      return;
    }
    Nlp.Token previous = sentence.get(index - 1);
    boolean properNoun = previous.pos().equals("NNP") && previous.ner().equals("O")
        && previous.word().matches("\\p{Lu}(?:['’]\\p{L})?\\p{Ll}[\\p{L}'’-]*") && !isTitleWord(previous.word()) // "Recep", "N’dri"
        && !Dates.isCalendarWord(previous.word()) && t.text.substring(previous.end(), tokens.get(0).begin()).equals(" ");
    String before = index < 2 ? "" : sentence.get(index - 2).word().toLowerCase(Locale.ROOT);
    boolean free = index < 2 || isTitleWord(before) || before.matches("with|by|from|said|says|met|meets|,|;|``|\"|“|\\(")
        || sentence.get(index - 2).pos().startsWith("VB")
        || before.equals("and") && index >= 3 && sentence.get(index - 3).word().matches("[,;]") // "…; and N’dri Koffi …"
        || before.equals("and") && index >= 3 && sentence.get(index - 3).ner().equals("PERSON"); // "Tokayev and Recep …"
    if (properNoun && free && !isGazetteerName(t, previous.begin(), previous.end())
        && (index < 2 || !sentence.get(index - 2).pos().equals("NNP"))) {
      tokens.add(0, previous);
    }
  }

  private static void extendRight(ArticleText t, List<Nlp.Token> tokens) {
    List<Nlp.Token> sentence = t.sentenceAt(tokens.get(0).begin()).tokens();
    int index = sentence.indexOf(tokens.get(tokens.size() - 1));
    while (index >= 0 && index + 1 < sentence.size() && tokens.size() < 4) {
      Nlp.Token next = sentence.get(index + 1);
      Nlp.Token last = tokens.get(tokens.size() - 1);
      boolean properNoun = next.pos().equals("NNP") && next.ner().equals("O") && Character.isUpperCase(next.word().charAt(0))
          && next.word().length() > 1 && !isTitleWord(next.word()) && !Dates.isCalendarWord(next.word())
          && t.text.substring(last.end(), next.begin()).equals(" ");
      if (!properNoun || isGazetteerName(t, next.begin(), next.end())) {
        return;
      }
      tokens.add(next);
      index++;
    }
  }

  static boolean isTitleWord(String word) {
    return TitleWords.isHonorific(word) || TitleWords.kind(word) != null;
  }

  private static boolean isGazetteerName(ArticleText t, int start, int end) {
    for (PhraseMatcher.Match<?> m : t.hits) {
      if (m.start() <= start && m.end() >= end) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern WORD_BEFORE = Pattern.compile("(?<![\\p{L}.])(\\p{Lu}\\p{Ll}[\\p{L}-]*) $");

  /**
   * A one-word name written once with a given name before it ("Saida Mirziyoyeva" where NER
   * only tagged "Mirziyoyeva") takes that fuller form.
   */
  private static void completeSingleNames(ArticleText t, List<Found> people) {
    for (Found p : people) {
      if (p.name.contains(" ")) {
        continue;
      }
      for (int[] o : List.copyOf(p.occurrences)) {
        Matcher m = WORD_BEFORE.matcher(t.text.substring(Math.max(0, o[0] - 30), o[0]));
        if (!m.find()) {
          continue;
        }
        String given = m.group(1);
        int start = o[0] - given.length() - 1;
        Nlp.Sentence s = t.sentenceAt(o[0]);
        boolean sentenceStart = t.text.substring(s.begin(), start).isBlank();
        if (!sentenceStart && !isTitleWord(given) && !isGazetteerName(t, start, start + given.length())
            && !given.matches("The|In|On|At|And|But|During|After|Before|Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")) {
          p.name = given + " " + p.name;
          p.mentions.add(p.name);
          o[0] = start;
          break;
        }
      }
    }
  }

  /** Full names first; a shorter form joins the full name whose words contain it. */
  private static List<Found> group(List<String> candidates) {
    List<String> byLength = new ArrayList<>(new LinkedHashSet<>(candidates));
    byLength.sort(Comparator.comparingInt((String s) -> -s.split("\\s+").length));
    List<Found> people = new ArrayList<>();
    for (String name : byLength) {
      Found owner = null;
      for (Found p : people) {
        if (NameVariants.same(p.name, name)) {
          owner = p;
          break;
        }
      }
      if (owner == null) {
        owner = new Found();
        owner.name = name;
        people.add(owner);
      }
      owner.mentions.add(name);
    }
    return people;
  }

  /** Every place each person is written: its known forms and its surname, longest first. */
  private static void locate(ArticleText t, List<Found> people) {
    String text = t.text;
    record Form(Found person, String form, boolean tagged) {}
    List<Form> forms = new ArrayList<>();
    for (Found p : people) {
      p.mentions.forEach(m -> forms.add(new Form(p, m, false)));
      boolean sharedSurname = people.stream().anyMatch(o -> o != p && o.name.contains(" ") && o.surname().equals(p.surname()));
      if (p.name.contains(" ") && !sharedSurname) {
        forms.add(new Form(p, p.surname(), false));
      }
      String given = p.name.split("\\s+")[0];
      boolean sharedGiven = people.stream().anyMatch(o -> o != p && List.of(o.name.split("\\s+")).contains(given));
      if (p.name.contains(" ") && !sharedGiven && given.length() > 1 && !isParticle(given)) {
        // "Xi" for Xi Jinping, "Demeke" for Demeke Mekonnen: the first word alone, where NER takes it for a person
        forms.add(new Form(p, given, true));
      }
    }
    forms.sort(Comparator.comparingInt((Form f) -> -f.form.length()));
    boolean[] taken = new boolean[text.length()];
    for (Form f : forms) {
      String written = String.join("\\s{1,2}", java.util.Arrays.stream(f.form.split(" ")).map(Pattern::quote).toList());
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}-])" + written + "(?![\\p{L}\\p{N}]|-\\p{L})").matcher(text);
      while (m.find()) {
        if (f.tagged() && !taggedPerson(t, m.start(), m.end())) {
          continue;
        }
        if (!taken[m.start()] && !taken[m.end() - 1]) {
          f.person.occurrences.add(new int[] {m.start(), m.end()});
          f.person.mentions.add(f.form);
          for (int i = m.start(); i < m.end(); i++) {
            taken[i] = true;
          }
        }
      }
    }
  }
}
