package io.verbo.config;

import java.util.List;

/**
 * How the vocabulary is built.
 *
 * @param minCount tokens seen fewer times are left out (they map to UNK)
 * @param maxSize largest vocabulary including PAD and UNK; 0 means no limit
 * @param splits splits whose documents count; empty means all
 * @param padToken the reserved padding token (index 0)
 * @param unkToken the reserved unknown-token token (index 1)
 */
public record VocabSettings(
    int minCount, int maxSize, List<String> splits, String padToken, String unkToken) {
  /** Validates the record. */
  public VocabSettings {
    ConfigChecks.checkAtLeast(ConfigKeys.VOCAB_MIN_COUNT, minCount, 1);
    if (maxSize != 0) {
      ConfigChecks.checkAtLeast(ConfigKeys.VOCAB_MAX_SIZE, maxSize, 3);
    }
    splits = List.copyOf(splits);
    for (String split : splits) {
      if (!Split.isKnown(split)) {
        throw new InvalidConfigException(
            ConfigKeys.VOCAB_SPLITS,
            split,
            "is not a split",
            "use any of " + Split.names() + ", or [] for all splits");
      }
    }
    ConfigChecks.checkNotBlank(ConfigKeys.VOCAB_PAD_TOKEN, padToken);
    ConfigChecks.checkNotBlank(ConfigKeys.VOCAB_UNK_TOKEN, unkToken);
    if (padToken.equals(unkToken)) {
      throw new InvalidConfigException(
          ConfigKeys.VOCAB_UNK_TOKEN,
          unkToken,
          "must differ from " + ConfigKeys.VOCAB_PAD_TOKEN,
          "choose two different reserved tokens");
    }
  }
}
