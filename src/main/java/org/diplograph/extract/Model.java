package org.diplograph.extract;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * One learned yes/no decision: logistic regression (CoreNLP's {@link LinearClassifierFactory},
 * quasi-Newton with a Gaussian prior) over string features, kept as a TSV of feature weights
 * ({@code feature}, weight for {@code no}, weight for {@code yes}) that reads like a rule table.
 */
public final class Model {

  static final String YES = "yes";
  static final String NO = "no";
  /** Added to every example, so that the model learns a prior. */
  static final String BIAS = "bias";

  private final LinearClassifier<String, String> classifier;

  private Model(LinearClassifier<String, String> classifier) {
    this.classifier = classifier;
  }

  /** One training example: the features of a candidate and whether the gold record bears it out. */
  public record Example(List<String> features, boolean label) {
    public Example {
      features = List.copyOf(features);
    }
  }

  /** The probability that the candidate with these features is right. */
  public double probability(Collection<String> features) {
    List<String> all = new ArrayList<>(features);
    all.add(BIAS);
    return classifier.probabilityOf(new BasicDatum<>(all)).getCount(YES);
  }

  /**
   * Trains on the examples; the same examples in the same order give the same weights. {@code sigma}
   * is the width of the Gaussian prior on the weights: smaller keeps them closer to zero.
   */
  public static Model train(List<Example> examples, double sigma) {
    Dataset<String, String> data = new Dataset<>();
    data.labelIndex().add(NO);
    data.labelIndex().add(YES);
    for (Example e : examples) {
      List<String> features = new ArrayList<>(e.features());
      features.add(BIAS);
      data.add(new BasicDatum<>(features, e.label() ? YES : NO));
    }
    if (data.size() == 0) {
      data.add(new BasicDatum<>(List.of(BIAS), NO));
    }
    LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
    factory.setSigma(sigma);
    factory.setVerbose(false);
    return new Model(factory.trainClassifier(data));
  }

  /** The weights as TSV lines, heaviest first: {@code feature TAB no TAB yes}. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("feature\tno\tyes");
    Index<String> features = classifier.featureIndex();
    List<String> names = new ArrayList<>(features.objectsList());
    names.sort((a, b) -> Double.compare(Math.abs(weight(b)), Math.abs(weight(a))));
    for (String f : names) {
      double no = classifier.weight(f, NO);
      double yes = classifier.weight(f, YES);
      if (no != 0 || yes != 0) {
        lines.add(f + "\t" + String.format(Locale.ROOT, "%.6f", no) + "\t" + String.format(Locale.ROOT, "%.6f", yes));
      }
    }
    return lines;
  }

  private double weight(String feature) {
    return classifier.weight(feature, YES) - classifier.weight(feature, NO);
  }

  /** Reads a model written by {@link #lines()}; null when the resource does not exist. */
  static Model read(InputStream in, String name) {
    if (in == null) {
      return null;
    }
    Index<String> features = new HashIndex<>();
    Index<String> labels = new HashIndex<>();
    labels.add(NO);
    labels.add(YES);
    List<double[]> weights = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line; (line = reader.readLine()) != null; ) {
        String[] cells = line.split("\t");
        if (cells.length != 3) {
          throw new IllegalStateException(name + ": not a weight line: " + line);
        }
        features.add(cells[0]);
        weights.add(new double[] {Double.parseDouble(cells[1]), Double.parseDouble(cells[2])});
      }
    } catch (IOException | NumberFormatException e) {
      throw new IllegalStateException("cannot read model " + name + ": " + e.getMessage(), e);
    }
    return new Model(new LinearClassifier<>(weights.toArray(new double[0][]), features, labels));
  }
}
