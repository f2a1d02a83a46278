/**
 * Hyperparameter search: search spaces parsed from HOCON, grid expansion, random sampling, trial
 * seeds and stratified cross-validation folds. Plain Java and deterministic: the same space and
 * seed always give the same trials in the same order.
 */
package io.verbo.tune;
