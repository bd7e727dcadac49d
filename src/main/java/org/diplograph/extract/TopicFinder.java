package org.diplograph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Topics of {@code topics.tsv}: cue phrases ({@code extract/topic-cues.tsv}) matched in the body's
 * sentences, with titles and organisation names blanked first ("Minister for Trade" is no trade
 * talk). The first sentence that names a topic is its evidence.
 */
final class TopicFinder {

  private static final Map<String, Pattern> CUES = load();
  /** Words of sentences in which parties discuss, agree or cooperate. */
  private static final Pattern DISCUSSION = Pattern.compile("(?i)\\b(discuss\\w*|talks?|agree\\w*|cooperat\\w*|co-operat\\w*"
      + "|relations|partnership|dialogue|meeting|met|meets|issues?|focus\\w*|review\\w*|emphasi[sz]\\w*|stress\\w*"
      + "|priorit\\w*|areas?|interaction|support\\w*|strengthen\\w*|exchang\\w*|signed|projects?|noted|underlined"
      + "|highlighted|expressed|called|sides|parties|ministers|interlocutors|agenda|ties|collaborat\\w*|commitment)\\b");

  private TopicFinder() {}

  static List<Extraction.Topic> find(ArticleText t, List<int[]> blanked) {
    StringBuilder text = new StringBuilder(t.text);
    for (int[] span : blanked) {
      for (int i = span[0]; i < span[1] && i < text.length(); i++) {
        text.setCharAt(i, ' ');
      }
    }
    Map<String, Extraction.Topic> found = new LinkedHashMap<>();
    for (Nlp.Sentence s : t.sentences) {
      String sentence = text.substring(s.begin(), s.end());
      if (!DISCUSSION.matcher(sentence).find()) {
        continue; // background, not something the parties discussed or agreed on
      }
      for (Map.Entry<String, Pattern> cue : CUES.entrySet()) {
        if (!found.containsKey(cue.getKey()) && cue.getValue().matcher(sentence).find()) {
          found.put(cue.getKey(), new Extraction.Topic(cue.getKey(), t.evidence(s.begin())));
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  private static Map<String, Pattern> load() {
    Map<String, Pattern> cues = new LinkedHashMap<>();
    try (InputStream in = TopicFinder.class.getClassLoader().getResourceAsStream("extract/topic-cues.tsv")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine();
      for (String line; (line = reader.readLine()) != null; ) {
        String[] cells = line.split("\t", 2);
        if (cells.length == 2) {
          cues.put(cells[0].strip(), Pattern.compile(cells[1].strip(), Pattern.CASE_INSENSITIVE));
        }
      }
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("cannot read extract/topic-cues.tsv", e);
    }
    return cues;
  }
}
