package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.gazetteer.Gazetteer;
import org.diplograph.gazetteer.PhraseMatcher;

/**
 * The body of one article as the finders see it: the text (headline, captions and dateline
 * blanked), CoreNLP's sentences and named-entity spans, and the gazetteer's matches.
 */
final class ArticleText {

  enum Kind { PERSON, ORGANIZATION, LOCATION }

  /** A named-entity span from CoreNLP: consecutive tokens with the same tag. */
  record Entity(Kind kind, int start, int end, String text, List<Nlp.Token> tokens) {}

  final String text;
  final List<Nlp.Sentence> sentences;
  final List<Entity> entities;
  final List<PhraseMatcher.Match<Gazetteer.Hit>> hits;

  ArticleText(String text, List<Nlp.Sentence> sentences, List<PhraseMatcher.Match<Gazetteer.Hit>> hits) {
    this.text = text;
    this.sentences = sentences;
    this.hits = hits;
    this.entities = entities(text, sentences);
  }

  private static List<Entity> entities(String text, List<Nlp.Sentence> sentences) {
    List<Entity> out = new ArrayList<>();
    for (Nlp.Sentence s : sentences) {
      List<Nlp.Token> run = new ArrayList<>();
      String tag = "O";
      List<Nlp.Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Nlp.Token t = tokens.get(i);
        if (tag.equals("PERSON") && PersonFinder.isParticle(t.word()) && i + 1 < tokens.size()
            && tokens.get(i + 1).ner().equals("PERSON") && !gap(text, run.get(run.size() - 1), t)) {
          run.add(t); // "Stephan de Mistura": a lower-case particle inside a name
          continue;
        }
        if (!t.ner().equals(tag) || !run.isEmpty() && gap(text, run.get(run.size() - 1), t)) {
          flush(text, tag, run, out);
          run = new ArrayList<>();
          tag = t.ner();
        }
        run.add(t);
      }
      flush(text, tag, run, out);
    }
    return out;
  }

  /** Tokens of one entity are separated by spaces only (not a line break or a comma): two where a wrap was joined. */
  private static boolean gap(String text, Nlp.Token a, Nlp.Token b) {
    return !text.substring(a.end(), b.begin()).matches(" {0,2}");
  }

  private static void flush(String text, String tag, List<Nlp.Token> run, List<Entity> out) {
    while (!run.isEmpty() && !run.get(0).word().matches(".*\\p{L}.*")) {
      run.remove(0); // ") Dasho Wangchuk": CoreNLP tags a bracket as part of the name after it
    }
    while (!run.isEmpty() && !run.get(run.size() - 1).word().matches(".*\\p{L}.*")) {
      run.remove(run.size() - 1);
    }
    if (run.isEmpty()) {
      return;
    }
    Kind kind = switch (tag) {
      case "PERSON" -> Kind.PERSON;
      case "ORGANIZATION" -> Kind.ORGANIZATION;
      case "LOCATION" -> Kind.LOCATION;
      default -> null;
    };
    if (kind != null) {
      int start = run.get(0).begin();
      int end = run.get(run.size() - 1).end();
      out.add(new Entity(kind, start, end, text.substring(start, end), List.copyOf(run)));
    }
  }

  /** Which tokens of a sentence lie inside one of the spans. */
  static boolean[] mask(Nlp.Sentence s, List<Span> spans) {
    boolean[] mask = new boolean[s.tokens().size()];
    for (Span span : spans) {
      if (span.end() <= s.begin() || span.start() >= s.end()) {
        continue;
      }
      for (Nlp.Token token : s.tokens()) {
        if (token.begin() >= span.start() && token.end() <= span.end()) {
          mask[token.index()] = true;
        }
      }
    }
    return mask;
  }

  /** The spans of the gazetteer's countries and organisations. */
  List<Span> hitSpans() {
    return hits.stream().map(h -> new Span(h.start(), h.end())).toList();
  }

  /** The sentence holding the offset. */
  Nlp.Sentence sentenceAt(int offset) {
    for (Nlp.Sentence s : sentences) {
      if (offset >= s.begin() && offset < s.end()) {
        return s;
      }
    }
    return sentences.isEmpty() ? new Nlp.Sentence(0, 0, text.length(), text, List.of(), new Dependencies(0, List.of(), List.of()), null)
        : sentences.get(sentences.size() - 1);
  }

  /** The evidence for a fact at the offset: its sentence, white space folded. */
  String evidence(int offset) {
    return sentenceAt(offset).text().strip().replaceAll("\\s+", " ");
  }
}
