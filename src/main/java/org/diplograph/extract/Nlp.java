package org.diplograph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP with only what extraction needs: tokens, sentences, part-of-speech tags and the
 * three-class statistical NER (no SUTime, no numeric or fine-grained classifiers). The models load
 * once per process, on first use.
 */
final class Nlp {

  record Token(int begin, int end, String word, String pos, String ner) {}

  record Sentence(int begin, int end, String text, List<Token> tokens) {}

  private static volatile StanfordCoreNLP pipeline;

  private Nlp() {}

  static List<Sentence> annotate(String text) {
    Annotation document = new Annotation(text);
    pipeline().annotate(document);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(new Token(t.beginPosition(), t.endPosition(), t.originalText(), t.tag(), t.ner()));
      }
      int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      sentences.add(new Sentence(begin, end, text.substring(begin, end), tokens));
    }
    return sentences;
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
          pipeline = p = new StanfordCoreNLP(properties());
        }
      }
    }
    return p;
  }

  static Properties properties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("tokenize.language", "en");
    props.setProperty("tokenize.options", "untokenizable=noneKeep,normalizeParentheses=false,normalizeOtherBrackets=false");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("ner.model", System.getProperty("diplograph.ner", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"));
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    return props;
  }
}
