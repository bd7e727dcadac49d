package org.diplograph.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/** The role class of {@code roles.tsv} that a title belongs to. */
final class Roles {

  private static final Pattern DEPUTY = Pattern.compile("\\b(deputy|vice|assistant|under-?secretary|state secretary|state minister|minister of state for|acting deputy)\\b|\\bvice-");
  private static final Pattern ENVOY = Pattern.compile("\\b(ambassador|envoy|charg[ée]|high commissioner|permanent representative|special representative|consul|consul-general|plenipotentiary)");
  private static final Pattern HEAD_OF_GOVERNMENT = Pattern.compile("\\b(prime minister|premier|chancellor|head of government|president of the government|chief executive)\\b");
  private static final Pattern FOREIGN = Pattern.compile("\\b(foreign|external affairs|secretary of state)\\b");
  private static final Pattern LEGISLATOR = Pattern.compile("\\b(speaker|senator|parliament|parliamentary|mp|member of|deputy of the|legislat|congress(?:man|woman)?|mazhilis|majilis|duma|assembly|senate|chamber)\\b");
  private static final Pattern MONARCH = Pattern.compile("\\b(king|queen|emir|amir|sultan|grand duke|governor-general)\\b");
  private static final Pattern MILITARY = Pattern.compile("\\b(general staff|commander|admiral|colonel|major general|lieutenant general|army general|armed forces|chief of staff of the army)\\b");
  private static final Pattern ORG_HEAD = Pattern.compile("\\b(secretary-general|secretary general|director-general|director general|chairperson-in-office|chairman-in-office|chair-in-office|executive secretary|high commissioner|president|chair|chairman|chairwoman|chairperson|head|director|commissioner|executive director|managing director|coordinator)\\b");
  private static final Pattern MINISTER = Pattern.compile("\\b(minister|cabinet secretary|secretary of|secretary for)\\b");

  private Roles() {}

  /** The role of a title (with its affiliation removed) held for a country or an organisation. */
  static String of(String title, boolean ofOrganisation) {
    String t = title.toLowerCase(Locale.ROOT).replace('’', '\'');
    boolean deputy = DEPUTY.matcher(t).find();
    if (ENVOY.matcher(t).find()) {
      if (!ofOrganisation) {
        return "ambassador";
      }
      return t.contains("high commissioner") && !deputy ? "head-of-organisation" : "organisation-official";
    }
    if (HEAD_OF_GOVERNMENT.matcher(t).find() && !ofOrganisation) {
      return deputy || t.contains("vice-premier") ? "deputy-head-of-government" : "head-of-government";
    }
    if (FOREIGN.matcher(t).find() && !ofOrganisation && (t.contains("minister") || t.contains("secretary"))) {
      return deputy ? "deputy-foreign-minister" : "foreign-minister";
    }
    if (MONARCH.matcher(t).find() && !ofOrganisation) {
      return "head-of-state";
    }
    if (t.matches(".*\\bvice[- ]president\\b.*")) {
      return ofOrganisation ? "organisation-official" : "vice-president";
    }
    if (MINISTER.matcher(t).find() && !t.contains("secretary-general") && !t.contains("secretary general") && !ofOrganisation) {
      return deputy ? "deputy-minister" : "minister";
    }
    if (LEGISLATOR.matcher(t).find() && !ofOrganisation) {
      return "legislator";
    }
    if (MILITARY.matcher(t).find()) {
      return "military";
    }
    if (ofOrganisation) {
      return ORG_HEAD.matcher(t).find() && !deputy ? "head-of-organisation" : "organisation-official";
    }
    if (t.matches(".*\\bpresident\\b.*") && !deputy) {
      return "head-of-state";
    }
    return "official";
  }
}
