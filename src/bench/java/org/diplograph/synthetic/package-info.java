/**
 * Synthetic diplomatic news for scale tests and benchmarks: articles written from Diplograph's
 * own templates over the gazetteers, each with the extraction record that states the same facts
 * (so writes and exports can be measured without the NLP stage). Deterministic for a seed.
 */
package org.diplograph.synthetic;
