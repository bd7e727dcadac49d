/**
 * Reference data with Wikidata ids: countries (ISO codes, names, demonyms, capitals),
 * international organisations (names, acronyms), the role and topic vocabularies, and a phrase
 * matcher that finds their names in text. Input: the TSV files under {@code gazetteer/} on the
 * classpath (sources and licences in {@code gazetteer/SOURCES.md}). Output: lookups.
 */
package org.diplograph.gazetteer;
