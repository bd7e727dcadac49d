/**
 * The import stage: article files read ({@link org.diplograph.article}), extracted by a pool of
 * workers ({@link org.diplograph.extract}) and written in batches across files by the graph's
 * writer ({@link org.diplograph.graph.GraphWriter}), in the order read. The only package that
 * knows files, extraction and the graph together.
 */
package org.diplograph.importing;
