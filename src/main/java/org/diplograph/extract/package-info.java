/**
 * Text into facts. Input: an {@link org.diplograph.article.Article}. Output: an
 * {@link org.diplograph.extract.Extraction} (persons and their positions, countries,
 * organisations, meetings, topics, documents, each with the sentence that states it) in the
 * record format of the evaluation schema. CoreNLP gives sentences, lemmas, named entities and
 * the dependency parse; the rule files under {@code extract/} (triggers, titles, honorifics,
 * roles, groups, organisation words, topic cues, each row with its example) find the mentions
 * and candidates; four learned decisions ({@link org.diplograph.extract.Models}: meeting,
 * position, affiliation, topic) weigh the candidates' features. {@link
 * org.diplograph.extract.Extractor#analyse} does everything but the decisions, so that
 * {@code evaluate --folds} can decide each fold with models trained on the others. Knows nothing
 * of Neo4j or RDF.
 */
package org.diplograph.extract;
