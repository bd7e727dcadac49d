package org.diplograph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP with what extraction needs: tokens, sentences, part-of-speech tags, lemmas, the
 * three-class statistical NER (no SUTime, no numeric or fine-grained classifiers) and the neural
 * dependency parser's enhanced++ dependencies. The models load once per process, on first use.
 */
final class Nlp {

  /**
   * A token: its place in the sentence (from 0) and in the text, the word as written, its lemma,
   * part-of-speech tag and named-entity class (PERSON, ORGANIZATION, LOCATION or O).
   */
  record Token(int index, int begin, int end, String word, String lemma, String pos, String ner) {}

  /** A sentence: its place in the article (from 0), its span and text, tokens and dependencies. */
  record Sentence(int index, int begin, int end, String text, List<Token> tokens, Dependencies dependencies,
      SemanticGraph graph) {

    /** The tokens {@code [first, last]} that overlap the characters {@code [start, end)}, or null when none do. */
    int[] tokensOf(int start, int end) {
      int first = -1;
      int last = -1;
      for (Token token : tokens) {
        if (token.begin() < end && token.end() > start) {
          first = first < 0 ? token.index() : first;
          last = token.index();
        }
      }
      return first < 0 ? null : new int[] {first, last};
    }
  }

  private static volatile StanfordCoreNLP tokenizer;
  private static volatile StanfordCoreNLP pipeline;

  private Nlp() {}

  static List<Sentence> annotate(String text) {
    Annotation document = new Annotation(text);
    pipeline();
    tokenizer.annotate(document);
    keepHonorificsWhole(document.get(CoreAnnotations.TokensAnnotation.class));
    pipeline.annotate(document);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(new Token(tokens.size(), t.beginPosition(), t.endPosition(), t.originalText(), t.lemma(), t.tag(), t.ner()));
      }
      SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      sentences.add(new Sentence(sentences.size(), begin, end, text.substring(begin, end), List.copyOf(tokens),
          dependencies(graph, tokens.size()), graph));
    }
    return sentences;
  }

  /**
   * The tokenizer ends a sentence at an acronym followed by "Mr." or "His" ("the Deputy Minister
   * H.E. Mr. Ana Soto"), splitting its period off as a sentence end of its own; an acronym that is
   * an honorific ({@code extract/honorifics.tsv}) gets its period back, so the title, the
   * honorific and the name stay one sentence.
   */
  static void keepHonorificsWhole(List<CoreLabel> tokens) {
    for (int i = tokens.size() - 2; i >= 0; i--) {
      CoreLabel t = tokens.get(i);
      CoreLabel next = tokens.get(i + 1);
      if (".".equals(next.word()) && t.endPosition() == next.beginPosition() && !t.originalText().endsWith(".")
          && t.word().endsWith(".") && TitleWords.isHonorific(t.word())) {
        t.setOriginalText(t.originalText() + ".");
        t.setEndPosition(next.endPosition());
        t.setAfter(next.after());
        tokens.remove(i + 1);
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      tokens.get(i).setIndex(i + 1);
    }
  }

  private static Dependencies dependencies(SemanticGraph graph, int size) {
    List<Dependencies.Edge> edges = new ArrayList<>();
    List<Integer> roots = new ArrayList<>();
    if (graph != null) {
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        edges.add(new Dependencies.Edge(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
      }
      for (IndexedWord root : graph.getRoots()) {
        roots.add(root.index() - 1);
      }
    }
    return new Dependencies(size, edges, roots);
  }

  /** Loads the models now rather than on the first article. */
  static void warmUp() {
    pipeline();
  }

  private static StanfordCoreNLP pipeline() {
    StanfordCoreNLP p = pipeline;
    if (p == null) {
      synchronized (Nlp.class) {
        p = pipeline;
        if (p == null) {
          Properties props = properties();
          Properties tokenize = new Properties();
          tokenize.putAll(props);
          tokenize.setProperty("annotators", "tokenize");
          tokenize.setProperty("tokenize.ssplit", "false");
          tokenizer = new StanfordCoreNLP(tokenize);
          props.setProperty("annotators", props.getProperty("annotators").replace("tokenize,", ""));
          props.setProperty("enforceRequirements", "false");
          pipeline = p = new StanfordCoreNLP(props);
        }
      }
    }
    return p;
  }

  static Properties properties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    props.setProperty("tokenize.language", "en");
    props.setProperty("tokenize.options", "untokenizable=noneKeep,normalizeParentheses=false,normalizeOtherBrackets=false,splitHyphenated=false");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("ner.model", System.getProperty("diplograph.ner", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"));
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    props.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
    return props;
  }
}
