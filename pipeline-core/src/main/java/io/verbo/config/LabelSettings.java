package io.verbo.config;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How raw label values become classes. Serializable: executors receive it.
 *
 * <p>Rules, in order: with a non-empty {@code mapping}, the trimmed raw value is looked up in it;
 * otherwise, with non-empty {@code classes}, the trimmed raw value must itself be a class;
 * otherwise every non-blank raw value is its own class. A value that fails the rule is unknown.
 *
 * @param classes ordered class names (index = position); may be empty
 * @param mapping raw value to class name; may be empty
 */
public record LabelSettings(List<String> classes, Map<String, String> mapping)
    implements Serializable {

  /** Validates that classes are distinct and that every mapping target is a class. */
  public LabelSettings {
    classes = List.copyOf(classes);
    mapping = Map.copyOf(mapping);
    if (new HashSet<>(classes).size() != classes.size()) {
      throw new InvalidConfigException(
          ConfigKeys.LABELS_CLASSES, classes, "lists a class twice", "list each class once");
    }
    if (!classes.isEmpty()) {
      for (Map.Entry<String, String> e : mapping.entrySet()) {
        if (!classes.contains(e.getValue())) {
          throw new InvalidConfigException(
              ConfigKeys.LABELS_MAPPING + ".\"" + e.getKey() + "\"",
              e.getValue(),
              "maps to a class that is not in " + ConfigKeys.LABELS_CLASSES + " " + classes,
              "map it to one of " + classes + " or add the class to " + ConfigKeys.LABELS_CLASSES);
        }
      }
    }
  }

  /**
   * @param raw the raw label value of a record (may be null)
   * @return the class, or empty when the value is unknown under the rules above
   */
  public Optional<String> classify(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String value = raw.strip();
    if (!mapping.isEmpty()) {
      return Optional.ofNullable(mapping.get(value));
    }
    if (!classes.isEmpty()) {
      return classes.contains(value) ? Optional.of(value) : Optional.empty();
    }
    return Optional.of(value);
  }
}
