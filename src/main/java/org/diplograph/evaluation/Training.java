package org.diplograph.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.diplograph.DiplographException;
import org.diplograph.article.ArticleReader;
import org.diplograph.extract.Analysis;
import org.diplograph.extract.Candidate;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.ExtractionJson;
import org.diplograph.extract.Model;
import org.diplograph.extract.Models;

/**
 * Gold folders analysed once, the extractor's models trained on them, and cross-validation:
 * train on K-1 folds, score the held-out fold, so that no article is scored by a model that saw it.
 */
public final class Training {

  /** One gold article: its name, its analysis and its gold record. */
  public record Item(String name, Analysis analysis, JsonNode gold) {}

  private Training() {}

  /** Reads and analyses every article of a gold folder ({@code NNN.txt|html} beside {@code NNN.json}). */
  public static List<Item> analyse(Path goldDir, Extractor extractor, Consumer<String> warnings) throws IOException {
    List<Path> golds;
    try (Stream<Path> files = Files.list(goldDir)) {
      golds = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new DiplographException.BadInput(goldDir + ": cannot list the gold folder: " + e.getMessage(), e);
    }
    if (golds.isEmpty()) {
      throw new DiplographException.BadInput(goldDir + ": no gold records (*.json)");
    }
    ObjectMapper json = new ObjectMapper();
    ArticleReader reader = new ArticleReader();
    List<Item> items = new ArrayList<>();
    for (Path goldFile : golds) {
      String stem = goldFile.getFileName().toString().replaceFirst("\\.json$", "");
      JsonNode gold = json.readTree(goldFile.toFile());
      Path article = Stream.of(".txt", ".html", ".htm").map(ext -> goldDir.resolve(stem + ext)).filter(Files::exists)
          .findFirst().orElse(null);
      if (article == null) {
        warnings.accept("no article for " + goldFile + ": scored as an empty record");
        items.add(new Item(stem, null, gold));
        continue;
      }
      try {
        items.add(new Item(stem, extractor.analyse(reader.read(article)), gold));
      } catch (RuntimeException e) {
        warnings.accept("failed " + article + ": " + e.getMessage());
        items.add(new Item(stem, null, gold));
      }
    }
    return items;
  }

  /**
   * Models trained on the candidates of the items, labelled by their gold records. A fact the gold
   * record bears out may have candidates in several sentences, not all of which state it; so a
   * first model is trained on all of them, then only each true fact's best candidate by that model
   * stays a positive example (the others are left out) and the model is trained again. A decision
   * given another (a post's country, given the post) learns from the candidates whose given one is
   * right by the gold record and accepted by its model.
   */
  public static Models train(Extractor extractor, List<Item> items) {
    List<List<Labelled>> groups = new ArrayList<>();
    List<Labelled> given = new ArrayList<>();
    for (Item item : items) {
      if (item.analysis() == null) {
        continue;
      }
      JsonNode predicted = ExtractionJson.toJson(extractor.decide(item.analysis(), Models.none()));
      Labeller labeller = new Labeller(item.gold(), predicted);
      Map<Candidate.Key, List<Labelled>> byKey = new java.util.LinkedHashMap<>();
      for (Candidate c : item.analysis().candidates()) {
        if (c.given() != null) {
          if (labeller.label(c.given())) {
            given.add(new Labelled(c, labeller.label(c)));
          }
        } else {
          byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(new Labelled(c, labeller.label(c)));
        }
      }
      groups.addAll(byKey.values());
    }
    Map<Candidate.Decision, List<Model.Example>> all = new EnumMap<>(Candidate.Decision.class);
    groups.forEach(group -> group.forEach(l -> add(all, l.candidate(), l.label())));
    Models first = Models.train(all);
    Map<Candidate.Decision, List<Model.Example>> refined = new EnumMap<>(Candidate.Decision.class);
    for (List<Labelled> group : groups) {
      Labelled best = null;
      for (Labelled l : group) {
        if (!l.label()) {
          add(refined, l.candidate(), false);
        } else if (best == null || first.probability(l.candidate()) > first.probability(best.candidate())) {
          best = l;
        }
      }
      if (best != null) {
        add(refined, best.candidate(), true);
      }
    }
    Models standalone = Models.train(refined);
    for (Labelled l : given) {
      if (standalone.probability(l.candidate().given()) >= 0.5) {
        add(refined, l.candidate(), l.label());
      }
    }
    return Models.train(refined);
  }

  private static void add(Map<Candidate.Decision, List<Model.Example>> examples, Candidate c, boolean label) {
    examples.computeIfAbsent(c.decision(), d -> new ArrayList<>()).add(new Model.Example(c.features(), label));
  }

  private record Labelled(Candidate candidate, boolean label) {}

  /**
   * Scores every item with models that did not see it, into {@code scorer}: each of {@code folds}
   * folds of the items (in name order round robin for seed 0, shuffled by any other seed) is
   * decided by models trained on the others.
   */
  public static void crossValidate(Extractor extractor, List<Item> items, int folds, int seed, Scorer scorer,
      Consumer<String> dump, Map<String, JsonNode> out) {
    List<JsonNode> predicted = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      predicted.add(null);
    }
    for (int k = 0; k < folds; k++) {
      List<Item> train = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        if (fold(i, folds, seed) != k) {
          train.add(items.get(i));
        }
      }
      Models models = train(extractor, train);
      for (int i = 0; i < items.size(); i++) {
        if (fold(i, folds, seed) != k) {
          continue;
        }
        Item item = items.get(i);
        if (item.analysis() != null) {
          predicted.set(i, ExtractionJson.toJson(extractor.decide(item.analysis(), models)));
          if (dump != null) {
            dump(item, predicted.get(i), models, dump);
          }
        }
      }
    }
    for (int i = 0; i < items.size(); i++) {
      scorer.add(items.get(i).name(), items.get(i).gold(), predicted.get(i));
      if (out != null && predicted.get(i) != null) {
        out.put(items.get(i).name(), predicted.get(i));
      }
    }
  }

  /** The fold of the item at {@code index}: round robin for seed 0, a fixed shuffle for each other seed. */
  static int fold(int index, int folds, int seed) {
    return seed == 0 ? index % folds : (int) Math.floorMod(((index + 1) * 2654435761L * seed) >>> 7, (long) folds);
  }

  /** One JSON line per candidate: article, decision, key, gold label, probability, features, sentence. */
  static void dump(Item item, JsonNode predicted, Models models, Consumer<String> out) {
    Labeller labeller = new Labeller(item.gold(), predicted);
    ObjectMapper json = new ObjectMapper();
    for (Candidate c : item.analysis().candidates()) {
      var line = json.createObjectNode().put("article", item.name()).put("decision", c.decision().id())
          .put("key", c.key().toString()).put("label", labeller.label(c))
          .put("p", Math.round(models.probability(c) * 1000) / 1000.0).put("evidence", c.evidence());
      c.features().forEach(line.putArray("features")::add);
      out.accept(line.toString());
    }
  }

  /** Scores every item with the given models. */
  public static Scorer score(Extractor extractor, List<Item> items, Models models, Map<String, JsonNode> out,
      Consumer<String> dump) {
    Scorer scorer = new Scorer();
    for (Item item : items) {
      JsonNode predicted = item.analysis() == null ? null : ExtractionJson.toJson(extractor.decide(item.analysis(), models));
      if (predicted != null && dump != null) {
        dump(item, predicted, models, dump);
      }
      if (predicted != null && out != null) {
        out.put(item.name(), predicted);
      }
      scorer.add(item.name(), item.gold(), predicted);
    }
    return scorer;
  }
}
