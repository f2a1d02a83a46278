package io.verbo.sentiment;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The models loaded in this JVM (an executor, or the driver in local mode), keyed by artifact path
 * and content version, so each executor decodes a broadcast model once and all its tasks share it
 * ({@link SentimentModel} gives every thread its own network copy). Holds at most {@value
 * #CAPACITY} models; the least recently used one is dropped. Thread-safe.
 */
final class ExecutorModels {
  static final int CAPACITY = 2;

  private static final Map<String, SentimentModel> MODELS = new LinkedHashMap<>(4, 0.75f, true);

  private ExecutorModels() {}

  /**
   * @param key artifact path and version
   * @param loader decodes the model when this JVM does not hold it yet
   * @return the shared model
   */
  static synchronized SentimentModel get(String key, Supplier<SentimentModel> loader) {
    SentimentModel m = MODELS.get(key);
    if (m == null) {
      m = loader.get();
      MODELS.put(key, m);
      Iterator<String> eldest = MODELS.keySet().iterator();
      while (MODELS.size() > CAPACITY) {
        eldest.next();
        eldest.remove();
      }
    }
    return m;
  }
}
