/**
 * The graph as RDF. Input: the Neo4j graph, read over Bolt. Output: RDF in Turtle, TriG,
 * N-Quads, N-Triples, JSON-LD or RDF/XML with schema.org, W3C ORG, SKOS, PROV-O and Dublin Core
 * terms, owl:sameAs links to Wikidata and ISO codes as literals, under a configurable base IRI.
 */
package org.diplograph.rdf;
