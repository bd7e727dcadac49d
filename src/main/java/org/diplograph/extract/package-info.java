/**
 * Text into facts. Input: an {@link org.diplograph.article.Article}. Output: an
 * {@link org.diplograph.extract.Extraction} (persons and their positions, countries,
 * organisations, meetings, topics, documents, each with the sentence that states it) in the
 * record format of the evaluation schema. CoreNLP gives sentences and named entities; the
 * gazetteers and rules over its tokens carry the domain. Knows nothing of Neo4j or RDF.
 */
package org.diplograph.extract;
