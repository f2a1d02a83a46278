package io.verbo.tune;

import io.verbo.config.SentimentStageSettings;

/**
 * One (trial, fold) still to train, with the trial's validated settings. Driver-side.
 *
 * @param trial the trial
 * @param fold the fold or {@link TrialResult#FIXED_SPLIT}
 * @param settings the trial's sentiment settings
 */
public record PlannedTrial(Trial trial, int fold, SentimentStageSettings settings) {}
