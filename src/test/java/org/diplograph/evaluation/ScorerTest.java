package org.diplograph.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private static JsonNode json(String text) throws Exception {
    return new ObjectMapper().readTree(text.replace('\'', '"'));
  }

  @Test
  void namesMatchAcrossCaseAccentsAndWordOrder() throws Exception {
    Scorer s = new Scorer();
    s.add("x", json("{'persons':[{'name':'Kamikawa Yoko'},{'name':'Bùi Thanh Sơn'}]}"),
        json("{'persons':[{'name':'Yoko Kamikawa'},{'name':'Bui Thanh Son'},{'name':'Nobody Else'}]}"));
    assertThat(s.tally("persons").counts()).isEqualTo("2/1/0");
  }

  @Test
  void meetingsScoreAsParticipantPairsAndDatesAsAccuracy() throws Exception {
    Scorer s = new Scorer();
    s.add("x", json("{'persons':[{'name':'Ana Soto'},{'name':'Ivan Petrov'}],"
            + "'meetings':[{'participants':['Ana Soto','Ivan Petrov','country:CL'],'date':'2025-01-02'}]}"),
        json("{'persons':[{'name':'Ana Soto'},{'name':'Ivan Petrov'}],"
            + "'meetings':[{'participants':['Ivan Petrov','Ana Soto'],'date':'2025-01-03'}]}"));
    assertThat(s.tally("meetings").counts()).isEqualTo("1/0/2");
    assertThat(s.attribute("date")).containsExactly(0, 1);
  }

  @Test
  void documentsMatchWhenOneNameContainsTheOther() throws Exception {
    Scorer s = new Scorer();
    s.add("x", json("{'documents':[{'name':'Treaty of Friendship, Commerce and Navigation','year':1869}]}"),
        json("{'documents':[{'name':'Treaty of Friendship'}]}"));
    assertThat(s.tally("documents").counts()).isEqualTo("1/0/0");
  }

  @Test
  void aMissingPredictionIsAnEmptyRecord() throws Exception {
    Scorer s = new Scorer();
    s.add("x", json("{'countries':['KZ'],'topics':['trade']}"), null);
    assertThat(s.tally("countries").counts()).isEqualTo("0/0/1");
    assertThat(s.overall()).isLessThan(1.0);
  }
}
