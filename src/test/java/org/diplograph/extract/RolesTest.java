package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RolesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Deputy Prime Minister | false | deputy-head-of-government",
      "Prime Minister | false | head-of-government",
      "Minister of Foreign Affairs | false | foreign-minister",
      "Minister for Foreign, Trade, and European Affairs | false | foreign-minister",
      "Deputy Foreign Minister | false | deputy-foreign-minister",
      "Minister of Energy | false | minister",
      "Vice Minister of Trade | false | deputy-minister",
      "Ambassador | false | ambassador",
      "President | false | head-of-state",
      "Vice President | false | vice-president",
      "Speaker of the Senate | false | legislator",
      "Chief of General Staff | false | military",
      "Secretary-General | true | head-of-organisation",
      "Chairperson-in-Office | true | head-of-organisation",
      "Deputy Secretary-General | true | organisation-official",
      "Governor | false | official"})
  void titlesFallInTheirRoleClass(String title, boolean ofOrganisation, String role) {
    assertThat(Roles.of(title, ofOrganisation)).isEqualTo(role);
  }
}
