package org.diplograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    locate(t.text, people);
    completeSingleNames(t, people);
    people.removeIf(p -> p.occurrences.isEmpty() || !p.name.contains(" ") && !titled(t, p));
    people.sort(Comparator.comparingInt(Found::first));
    return people;
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
    while (word.find() && (isTitleWord(word.group()) || isTitleWord(word.group().replaceAll("[,.]$", "")))) {
      start = word.end();
    }
    String name = t.text.substring(start, end).strip();
    name = PUNCT_END.matcher(name).replaceAll("").replaceAll("[,.]$", "").strip();
    if (name.isEmpty()) {
      return null;
    }
    start = t.text.indexOf(name, start);
    String[] words = name.split("\\s+");
    if (words.length > 5 || name.matches(".*\\d.*") || name.length() < 2 || !Character.isLetter(name.charAt(0))) {
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

  private static final Pattern AFTER_TITLE = Pattern.compile("\\G(?:\\s+(?:of|for)\\s+(?:the\\s+)?)?");
  private static final Pattern NAME_RUN = Pattern.compile("\\G,?\\s+(?:(?:Mr|Ms|Mrs|Dr|H\\.E\\.|H\\.H\\.|Sheikh|Hon)\\.?\\s+)*"
      + "(\\p{Lu}[\\p{L}’'-]+(?:\\s+(?:(?:bin|ibn|al|de|van|von|der|da|dos|del|la|le|el)\\s+)?\\p{Lu}[\\p{L}’'-]+){1,3})");
  private static final Pattern HEAD_WORD = Pattern.compile("\\b\\p{Lu}[\\p{L}-]+\\b");

  /**
   * Names that NER missed right after a title: "President of the Kyrgyz Republic Sadyr Japarov",
   * "Foreign Minister Ana Soto". The title's "of X" must be a known country or organisation.
   */
  private static List<String> titleAnchored(ArticleText t) {
    List<String> names = new ArrayList<>();
    Matcher head = HEAD_WORD.matcher(t.text);
    while (head.find()) {
      if (!TitleWords.isHead(head.group())) {
        continue;
      }
      int at = head.end();
      Matcher of = AFTER_TITLE.matcher(t.text).region(at, t.text.length());
      if (of.lookingAt() && of.end() > at) {
        PhraseMatcher.Match<?> hit = hitAt(t, of.end());
        if (hit == null && t.text.startsWith("the ", of.end() - 4)) {
          hit = hitAt(t, of.end() - 4); // "of the Kyrgyz Republic": the gazetteer's name holds "the"
        }
        if (hit == null) {
          continue;
        }
        at = hit.end();
      }
      Matcher run = NAME_RUN.matcher(t.text).region(at, t.text.length());
      if (!run.lookingAt()) {
        continue;
      }
      String name = PUNCT_END.matcher(run.group(1)).replaceAll("");
      int start = run.start(1);
      boolean plain = true;
      for (String w : name.split("\\s+")) {
        plain &= !isTitleWord(w) && !w.matches("(?i)the|and|of|on|in|at|during|today|yesterday|monday|tuesday|wednesday"
            + "|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october"
            + "|november|december|when|while|who|which|also|has|had|said|met|held");
      }
      if (plain && name.contains(" ") && !overlapsHit(t, start, start + name.length()) && !organisationTagged(t, start)) {
        names.add(name);
      }
    }
    return names;
  }

  private static PhraseMatcher.Match<?> hitAt(ArticleText t, int start) {
    for (PhraseMatcher.Match<?> m : t.hits) {
      if (m.start() == start) {
        return m;
      }
    }
    return null;
  }

  private static boolean overlapsHit(ArticleText t, int start, int end) {
    for (PhraseMatcher.Match<?> m : t.hits) {
      if (m.start() < end && m.end() > start) {
        return true;
      }
    }
    return false;
  }

  private static boolean organisationTagged(ArticleText t, int start) {
    for (ArticleText.Entity e : t.entities) {
      if (e.kind() == ArticleText.Kind.ORGANIZATION && e.start() <= start && e.end() > start) {
        return true;
      }
    }
    return false;
  }

  /** Adds one capitalised proper noun that NER left out right before the span ("Saida" Mirziyoyeva). */
  private static void extendLeft(ArticleText t, List<Nlp.Token> tokens) {
    List<Nlp.Token> sentence = t.sentenceAt(tokens.get(0).begin()).tokens();
    int index = sentence.indexOf(tokens.get(0));
    if (index < 1) {
      return;
    }
    Nlp.Token previous = sentence.get(index - 1);
    boolean properNoun = previous.pos().equals("NNP") && !previous.ner().equals("ORGANIZATION")
        && previous.word().matches("\\p{Lu}\\p{Ll}[\\p{L}-]*") && !isTitleWord(previous.word())
        && t.text.substring(previous.end(), tokens.get(0).begin()).equals(" ")
        && (index < 2 || !sentence.get(index - 2).pos().equals("NNP"));
    if (properNoun && !isGazetteerName(t, previous.begin(), previous.end())) {
      tokens.add(0, previous);
    }
  }

  /** Adds capitalised proper-noun tokens that NER left out right after the span ("Teshome Toga Chanaka"). */
  private static void extendRight(ArticleText t, List<Nlp.Token> tokens) {
    List<Nlp.Token> sentence = t.sentenceAt(tokens.get(0).begin()).tokens();
    int index = sentence.indexOf(tokens.get(tokens.size() - 1));
    while (index >= 0 && index + 1 < sentence.size() && tokens.size() < 4) {
      Nlp.Token next = sentence.get(index + 1);
      Nlp.Token last = tokens.get(tokens.size() - 1);
      boolean properNoun = next.pos().equals("NNP") && next.ner().equals("O") && Character.isUpperCase(next.word().charAt(0))
          && next.word().length() > 1 && !isTitleWord(next.word()) && t.text.substring(last.end(), next.begin()).equals(" ");
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
        if (containsWords(p.name, name) || variantSpelling(p.name, name)) {
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

  /** "Sergei Lavrov" and "Sergey Lavrov": same surname, given names that differ by a letter or two. */
  private static boolean variantSpelling(String a, String b) {
    String[] x = fold(a).split("\\s+");
    String[] y = fold(b).split("\\s+");
    return x.length == 2 && y.length == 2 && x[1].equals(y[1]) && x[0].charAt(0) == y[0].charAt(0)
        && Math.abs(x[0].length() - y[0].length()) <= 1 && x[0].regionMatches(0, y[0], 0, Math.min(x[0].length(), y[0].length()) - 1);
  }

  private static boolean containsWords(String full, String part) {
    List<String> fw = List.of(fold(full).split("\\s+"));
    List<String> pw = List.of(fold(part).split("\\s+"));
    return fw.containsAll(pw) && (pw.size() < fw.size() || fw.equals(pw));
  }

  static String fold(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  /** Every place each person is written: its known forms and its surname, longest first. */
  private static void locate(String text, List<Found> people) {
    record Form(Found person, String form) {}
    List<Form> forms = new ArrayList<>();
    for (Found p : people) {
      p.mentions.forEach(m -> forms.add(new Form(p, m)));
      boolean sharedSurname = people.stream().anyMatch(o -> o != p && o.name.contains(" ") && o.surname().equals(p.surname()));
      if (p.name.contains(" ") && !sharedSurname) {
        forms.add(new Form(p, p.surname()));
      }
    }
    forms.sort(Comparator.comparingInt((Form f) -> -f.form.length()));
    boolean[] taken = new boolean[text.length()];
    for (Form f : forms) {
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(f.form) + "(?![\\p{L}\\p{N}]|-\\p{L})").matcher(text);
      while (m.find()) {
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
