package org.diplograph.evaluation;

import static org.diplograph.evaluation.Matching.dicts;
import static org.diplograph.evaluation.Matching.list;
import static org.diplograph.evaluation.Matching.match;
import static org.diplograph.evaluation.Matching.pairs;
import static org.diplograph.evaluation.Matching.partyId;
import static org.diplograph.evaluation.Matching.personId;
import static org.diplograph.evaluation.Matching.positionTuples;
import static org.diplograph.evaluation.Matching.refId;
import static org.diplograph.evaluation.Matching.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.extract.Candidate;

/**
 * Labels the candidates of one article against its gold record, with the scorer's matching: a
 * candidate is right when the fact it would state is a true positive of the gold record.
 */
final class Labeller {

  private final List<JsonNode> predictedPersons;
  private final List<JsonNode> predictedOrganisations;
  private final Map<Integer, Integer> persons;
  private final Map<Integer, Integer> organisations;
  private final Set<List<String>> goldPairs;
  private final Set<List<String>> goldPositions;
  private final Set<String> goldTopics = new HashSet<>();

  /** {@code predicted}: the article's extraction record (its persons and organisations name the candidates' parties). */
  Labeller(JsonNode gold, JsonNode predicted) {
    List<JsonNode> gp = dicts(gold.get("persons"));
    List<JsonNode> go = dicts(gold.get("organisations"));
    predictedPersons = dicts(predicted.get("persons"));
    predictedOrganisations = dicts(predicted.get("organisations"));
    persons = match(gp, predictedPersons, Matching::personKeys, Matching::samePerson);
    organisations = match(go, predictedOrganisations, Matching::orgKeys, Matching::intersects);
    goldPairs = pairs(dicts(gold.get("meetings")), gp, go, null, null).keySet();
    goldPositions = positionTuples(gp, go, null, null)[0];
    list(gold.get("topics")).forEach(t -> goldTopics.add(text(t)));
  }

  boolean label(Candidate c) {
    if (c.key() instanceof Candidate.Key.Pair pair) {
      String a = refId(TextNode.valueOf(pair.a().reference()), predictedPersons, predictedOrganisations, persons, organisations);
      String b = refId(TextNode.valueOf(pair.b().reference()), predictedPersons, predictedOrganisations, persons, organisations);
      return goldPairs.contains(a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a));
    }
    if (c.key() instanceof Candidate.Key.Post post) {
      String person = personId(post.person(), predictedPersons, persons);
      String of = partyId(TextNode.valueOf(post.of().reference()), predictedOrganisations, organisations);
      return post.role().equals("*") ? goldPositions.stream().anyMatch(x -> x.get(0).equals(person) && x.get(2).equals(of))
          : goldPositions.contains(List.of(person, post.role(), of));
    }
    if (c.key() instanceof Candidate.Key.Title title) {
      String person = personId(title.person(), predictedPersons, persons);
      Set<String> named = new HashSet<>();
      title.named().forEach(a -> named.add(partyId(TextNode.valueOf(a.reference()), predictedOrganisations, organisations)));
      return goldPositions.stream().anyMatch(x -> x.get(0).equals(person)
          && (title.roles().contains(x.get(1)) || title.roles().contains("*"))
          && (named.isEmpty() || named.contains(x.get(2))));
    }
    if (c.key() instanceof Candidate.Key.Organisation org) {
      for (int i = 0; i < predictedOrganisations.size(); i++) {
        if (text(predictedOrganisations.get(i).get("name")).equals(org.name())) {
          return organisations.containsKey(i); // {predicted index: gold index}
        }
      }
      return false;
    }
    return goldTopics.contains(((Candidate.Key.Topic) c.key()).id());
  }
}
