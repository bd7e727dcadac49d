package org.diplograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.diplograph.TestGraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store of an earlier version is brought up to date once, at its first start; later starts skip the back-fills. */
class SchemaIT {

  @TempDir Path home;

  private static Object one(Graph graph, String cypher) {
    try (var session = graph.driver().session()) {
      return session.run(cypher).single().get(0).asObject();
    }
  }

  private static void run(Graph graph, String cypher) {
    try (var session = graph.driver().session()) {
      session.run(cypher).consume();
    }
  }

  @Test
  void anOldStoreIsMigratedOnceAndTheVersionRecorded() {
    try (Graph graph = TestGraphs.open(home)) {
      assertThat(one(graph, "MATCH (l:WriteLock {id: 'graph'}) RETURN l.schema")).isEqualTo((long) Schema.VERSION);
      // a store as the version before wrote it: no version, no surnames, no participants on meetings
      run(graph, "MATCH (l:WriteLock) REMOVE l.schema");
      run(graph, "CREATE (a:Person {id: 'ana-soto', name: 'Ana Soto'}), (i:Person {id: 'ivan-petrov', name: 'Ivan Petrov'}),"
          + " (m:Meeting {id: 'm1'}), (a)-[:PARTICIPATED_IN]->(m), (i)-[:PARTICIPATED_IN]->(m)");
      // name keys as version 2 made them: other romanisations apart
      run(graph, "CREATE (:Person {id: 'sergey-lavrov', name: 'Sergey Lavrov', nameKey: 'sergey|lavrov'})");
      // merges as version 3 wrote them: prose in a list
      run(graph, "CREATE (:Article {id: 'a1'}), (:Person {id: 'lavrov-x', name: 'Sergey V Lavrov',"
          + " merges: ['surname and post [foreign-minister@RU]: lavrov in article a1']})");
    }
    try (Graph graph = TestGraphs.open(home)) {
      assertThat(one(graph, "MATCH (p:Person {id: 'ana-soto'}) RETURN p.surname")).isEqualTo("Soto");
      assertThat(one(graph, "MATCH (p:Person {id: 'sergey-lavrov'}) RETURN p.nameKey")).isEqualTo(Names.key("Sergei Lavrov"));
      assertThat(one(graph, "MATCH (:Article {id: 'a1'})-[m:MERGED]->(:Person {id: 'lavrov-x'}) RETURN m.rule + '|' + m.key"))
          .isEqualTo("surname and post [foreign-minister@RU]|lavrov");
      assertThat(one(graph, "MATCH (p:Person {id: 'lavrov-x'}) RETURN p.merges")).isNull();
      assertThat(one(graph, "MATCH (m:Meeting {id: 'm1'}) RETURN m.participants")).asList()
          .containsExactly("ana-soto", "ivan-petrov");
      assertThat(one(graph, "MATCH (l:WriteLock {id: 'graph'}) RETURN l.schema")).isEqualTo((long) Schema.VERSION);
      // written without a surname after the migration: a later start does not scan for it again
      run(graph, "CREATE (:Person {id: 'li-wei', name: 'Li Wei'})");
    }
    try (Graph graph = TestGraphs.open(home)) {
      assertThat(one(graph, "MATCH (p:Person {id: 'li-wei'}) RETURN p.surname")).isNull();
      assertThat(graph.stats()).doesNotContainKey("WriteLock");
    }
  }
}
