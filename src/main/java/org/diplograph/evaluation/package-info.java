/**
 * Scoring extraction records against hand-made gold records, field by field, with the matching
 * rules of the evaluation schema (the same figures as {@code score.py}). Input: pairs of JSON
 * records. Output: precision, recall and F1 per field, accuracies, and the misses.
 */
package org.diplograph.evaluation;
