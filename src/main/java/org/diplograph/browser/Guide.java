package org.diplograph.browser;

import java.util.List;

/** The Browser guide: a slide per ready query, its question, parameters and a runnable cell. */
final class Guide {

  private Guide() {}

  static String html(List<ReadyQuery> queries) {
    StringBuilder html = new StringBuilder();
    html.append("<article class=\"guide\">\n<carousel class=\"deck container-fluid\">\n");
    html.append("""
        <slide class="row-fluid">
          <h3>Diplograph</h3>
          <p class="lead">Who met whom, when, where, in which capacity, about what: diplomatic news as a graph.</p>
          <p>Every fact edge carries the <b>evidence</b> sentence and the <b>articles</b> that state it: click an
          edge and read its properties. People <code>HOLDS</code> posts for a Country or an Organization and
          take part (<code>PARTICIPATED_IN</code>) in Meetings, which were <code>HELD_IN</code> a Place and
          <code>DISCUSSED</code> Topics; Articles <code>REPORTS</code> meetings and <code>MENTIONS</code>
          everything else.</p>
          <p>Click the cell to put it in the editor, then run it: the meeting network.</p>
          <pre class="pre-scrollable code runnable">MATCH (a:Person)-[ra:PARTICIPATED_IN]->(m:Meeting)&lt;-[rb:PARTICIPATED_IN]-(b:Person)
        RETURN a, ra, m, rb, b LIMIT 300</pre>
          <p>The next slides hold the ready queries. A query with parameters comes with a <code>:params</code>
          cell to run first; change its values to ask about other people, countries or dates.</p>
        </slide>
        """);
    for (ReadyQuery q : queries) {
      html.append("<slide class=\"row-fluid\">\n  <h3>").append(escape(q.question())).append("</h3>\n")
          .append("  <p class=\"lead\">Parameters: ").append(escape(q.parameters())).append("</p>\n");
      if (q.example() != null) {
        html.append("  <pre class=\"pre-scrollable code runnable\">").append(escape(q.example())).append("</pre>\n");
      }
      html.append("  <pre class=\"pre-scrollable code runnable\">").append(escape(q.cypher())).append("</pre>\n")
          .append("  <p><small>cypher/queries/").append(escape(q.file())).append("</small></p>\n</slide>\n");
    }
    html.append("</carousel>\n</article>\n");
    return html.toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
