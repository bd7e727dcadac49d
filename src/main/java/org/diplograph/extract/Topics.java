package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Topics from their candidates: a topic the topic model gives about even odds in some sentence, with that sentence as evidence. */
final class Topics {

  /** The least probability for a topic (repeated cross-validation on the dev set: 0.45 and 0.5 score 0.809 and 0.806, 0.47 0.811). */
  static final double THRESHOLD = 0.47;

  private Topics() {}

  static List<Extraction.Topic> decide(ArticleText t, List<TopicCandidates.Found> candidates, Models models) {
    Map<String, Double> best = new LinkedHashMap<>();
    Map<String, TopicCandidates.Found> where = new LinkedHashMap<>();
    for (TopicCandidates.Found f : candidates) {
      String topic = ((Candidate.Key.Topic) f.candidate().key()).id();
      double p = models.probability(f.candidate());
      if (p > best.getOrDefault(topic, -1.0)) {
        best.put(topic, p);
        where.put(topic, f);
      }
    }
    List<Extraction.Topic> out = new ArrayList<>();
    best.forEach((topic, p) -> {
      if (p >= THRESHOLD) {
        out.add(new Extraction.Topic(topic, t.evidence(where.get(topic).sentence().begin())));
      }
    });
    return out;
  }
}
