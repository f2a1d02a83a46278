/**
 * Hyperparameter search: search spaces parsed from HOCON, grid expansion, random sampling, trial
 * seeds and stratified cross-validation folds (plain Java and deterministic: the same space and
 * seed always give the same trials in the same order); and the sweep engine on Spark ({@link
 * io.verbo.tune.SweepService}): parallel or distributed trials, median early stopping, per-(trial,
 * fold) results committed for resume, the trials table and the retrained best model. See
 * docs/sweeps.md.
 */
package io.verbo.tune;
