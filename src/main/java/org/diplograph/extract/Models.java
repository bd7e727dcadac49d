package org.diplograph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The learned models of the extractor, one per {@link Candidate.Decision}: shipped in
 * {@code src/main/resources/extract/models/}, rebuilt from gold records by {@code train}.
 */
public final class Models {

  private static volatile Models shipped;

  private final Map<Candidate.Decision, Model> models;

  private Models(Map<Candidate.Decision, Model> models) {
    this.models = Map.copyOf(models);
  }

  /** The models on the class path (loaded once). */
  public static Models shipped() {
    Models m = shipped;
    if (m == null) {
      synchronized (Models.class) {
        if (shipped == null) {
          Map<Candidate.Decision, Model> loaded = new EnumMap<>(Candidate.Decision.class);
          for (Candidate.Decision d : Candidate.Decision.values()) {
            String file = resource(d);
            try (InputStream in = Models.class.getClassLoader().getResourceAsStream(file)) {
              Model model = Model.read(in, file);
              if (model != null) {
                loaded.put(d, model);
              }
            } catch (IOException e) {
              throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
            }
          }
          shipped = new Models(loaded);
        }
        m = shipped;
      }
    }
    return m;
  }

  /** No models: every learned decision says no (what training starts from). */
  public static Models none() {
    return new Models(Map.of());
  }

  /** Models trained on labelled candidates, decision by decision. */
  public static Models train(Map<Candidate.Decision, List<Model.Example>> examples) {
    Map<Candidate.Decision, Model> trained = new EnumMap<>(Candidate.Decision.class);
    examples.forEach((decision, list) -> trained.put(decision, Model.train(list, sigma(decision))));
    return new Models(trained);
  }

  /**
   * The prior's width per decision, chosen by repeated cross-validation on the dev set (a system
   * property {@code diplograph.sigma.<decision>} overrides it for such experiments): the topic model,
   * whose cue-by-cue features would otherwise learn the dev articles by heart, needs the tightest.
   */
  static double sigma(Candidate.Decision d) {
    String override = System.getProperty("diplograph.sigma." + d.id());
    if (override != null) {
      return Double.parseDouble(override);
    }
    return switch (d) {
      case MEETING, POSITION -> 0.3;
      case ORGANISATION -> 0.5;
      case TOPIC -> 0.1;
      case AFFILIATION -> 1.0;
    };
  }

  /** Whether a model for the decision exists. */
  public boolean has(Candidate.Decision d) {
    return models.containsKey(d);
  }

  /** The probability that a candidate is right; 0 when no model for its decision exists. */
  public double probability(Candidate c) {
    Model m = models.get(c.decision());
    return m == null ? 0 : m.probability(c.features());
  }

  /** Writes each model as {@code <dir>/<decision>.tsv}. */
  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<Candidate.Decision, Model> e : models.entrySet()) {
      Files.write(dir.resolve(e.getKey().id() + ".tsv"), e.getValue().lines());
    }
  }

  /** The class-path resource of a decision's model. */
  public static String resource(Candidate.Decision d) {
    return "extract/models/" + d.id() + ".tsv";
  }
}
