package io.verbo.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a JSON tree (a configuration record from {@code _metadata.json}) into dotted keys and text
 * values for a two-column table: {@code {"training":{"epochs":10}}} becomes {@code training.epochs
 * = 10}. Arrays of scalars become one comma-separated value; arrays holding objects are indexed
 * ({@code layers[0].size}). Keys keep the document's order. Stateless.
 */
final class JsonFlattener {
  private JsonFlattener() {}

  /**
   * @param node a JSON tree ({@code null} or a JSON null gives an empty map)
   * @return dotted key to value text, in document order
   */
  static Map<String, String> flatten(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node != null && !node.isNull()) {
      flatten("", node, out);
    }
    return out;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    if (node.isObject()) {
      if (node.isEmpty() && !prefix.isEmpty()) {
        out.put(prefix, "{}");
      }
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), f.getValue(), out);
      }
    } else if (node.isArray()) {
      boolean scalars = true;
      for (JsonNode e : node) {
        scalars &= e.isValueNode();
      }
      if (scalars) {
        List<String> values = new ArrayList<>();
        node.forEach(e -> values.add(e.asText()));
        out.put(prefix, "[" + String.join(", ", values) + "]");
      } else {
        for (int i = 0; i < node.size(); i++) {
          flatten(prefix + "[" + i + "]", node.get(i), out);
        }
      }
    } else {
      out.put(prefix, node.isNull() ? "null" : node.asText());
    }
  }
}
