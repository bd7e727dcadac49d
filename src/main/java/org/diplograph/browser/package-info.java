/**
 * What the Neo4j Browser shows on top of the graph: a guide built from the ready queries in
 * {@code cypher/queries/}, and a GraSS style that colours and captions each label. Input: those
 * files on the classpath. Output: HTTP responses on loopback that the Browser fetches on connect.
 */
package org.diplograph.browser;
