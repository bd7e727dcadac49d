package org.diplograph.extract;

import java.util.List;
import java.util.Set;

/**
 * The argument a party fills for a trigger, read off the dependency path from the trigger to the
 * party's head: the clause-level relation (subject, object, "with", "by", "to", "between") once
 * the steps inside the party's noun phrase (apposition, conjunction, compound, "of") are set
 * aside, and which of those steps there were.
 */
final class Arguments {

  /** Steps inside a noun phrase: "Minister Ian Borg", "A, B and C", "the President of X, Y". */
  private static final Set<String> WITHIN = Set.of("appos", "conj", "compound", "flat", "dep", "list", "nmod:poss",
      "nmod:of", "amod", "nmod:from", "nmod:including", "nmod:such_as", "nmod:like", "nmod:in", "acl", "nummod",
      "parataxis");

  /** Links between clauses: a party reached across one belongs to another clause ("…, the spokeswoman said"). */
  private static final Set<String> CLAUSAL = Set.of("ccomp", "xcomp", "advcl", "parataxis", "acl:relcl", "csubj", "conj",
      "dep", "acl");

  private Arguments() {}

  /** The clause-level role: SUBJ, OBJ, WITH, BY, TO, FROM, OF, BETWEEN, POSS, OTHER:rel, or NONE. */
  static String role(List<String> path) {
    if (path == null) {
      return "NONE";
    }
    List<String> core = core(path);
    if (core.isEmpty()) {
      return "SELF";
    }
    // a noun trigger ("held talks with", "in his meeting with") hangs from a verb or a preposition: skip the steps up
    int i = 0;
    String up = "";
    while (i < core.size() - 1 && core.get(i).endsWith("<")) {
      String rel = base(core.get(i).substring(0, core.get(i).length() - 1));
      // "Hosting X, Y noted": the main clause's subject is the participle's own (advcl, xcomp); "Z said that …": not
      up = up.equals("CLAUSE-") || CLAUSAL.contains(rel) && !rel.matches("advcl|xcomp") ? "CLAUSE-"
          : up.equals("ADV-") || rel.matches("advcl|xcomp") ? "ADV-" : "UP-";
      i++;
    }
    String step = core.get(i);
    String rel = step.substring(0, step.length() - 1);
    if (step.endsWith("<")) {
      return up + "GOV:" + base(rel);
    }
    return up + name(rel);
  }

  /** The noun-phrase steps after the clause-level relation ("+appos", "+conj"), or "". */
  static String within(List<String> path) {
    if (path == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (int i = core(path).size(); i < path.size(); i++) {
      String rel = base(path.get(i).substring(0, path.get(i).length() - 1));
      if (out.indexOf("+" + rel) < 0) {
        out.append('+').append(rel);
      }
    }
    return out.toString();
  }

  /** The path without its trailing noun-phrase steps down to the party. */
  private static List<String> core(List<String> path) {
    int end = path.size();
    while (end > 1 && path.get(end - 1).endsWith(">") && within(path.get(end - 1))) {
      end--;
    }
    return path.subList(0, end);
  }

  private static boolean within(String step) {
    String rel = step.substring(0, step.length() - 1);
    return WITHIN.contains(rel) || WITHIN.contains(base(rel));
  }

  private static String base(String rel) {
    return rel.startsWith("conj") ? "conj" : rel;
  }

  private static String name(String rel) {
    if (rel.startsWith("nsubj:pass")) {
      return "PASSIVE-SUBJ";
    }
    if (rel.startsWith("nsubj")) {
      return "SUBJ";
    }
    if (rel.equals("obj") || rel.equals("iobj")) {
      return "OBJ";
    }
    if (rel.endsWith(":with")) {
      return "WITH";
    }
    if (rel.endsWith(":by") || rel.equals("obl:agent")) {
      return "BY";
    }
    if (rel.endsWith(":to") || rel.endsWith(":on")) {
      return "TO";
    }
    if (rel.endsWith(":from")) {
      return "FROM";
    }
    if (rel.endsWith(":of")) {
      return "OF";
    }
    if (rel.endsWith(":between") || rel.endsWith(":among")) {
      return "BETWEEN";
    }
    if (rel.equals("nmod:poss")) {
      return "POSS";
    }
    return "OTHER:" + rel;
  }
}
