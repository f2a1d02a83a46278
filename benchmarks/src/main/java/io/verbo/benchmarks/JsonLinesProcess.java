package io.verbo.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a peer script (gensim, PyTorch) that reports its results as JSON lines on stdout; its stderr
 * goes to ours. Stateless.
 */
public final class JsonLinesProcess {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesProcess() {}

  /**
   * @param cmd the command line
   * @param env variables added to this process's environment
   * @return every stdout line that starts with {@code {}, parsed, in order
   * @throws IOException if the process cannot start, exits non-zero, prints no JSON line, or the
   *     waiting thread is interrupted (the process is then destroyed); the message holds the output
   */
  public static List<JsonNode> run(List<String> cmd, Map<String, String> env) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int rc;
    try {
      rc = p.waitFor();
    } catch (InterruptedException e) {
      p.destroy();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    List<JsonNode> json = new ArrayList<>();
    for (String line : out.strip().split("\n")) {
      if (line.startsWith("{")) {
        json.add(JSON.readTree(line));
      }
    }
    if (rc != 0 || json.isEmpty()) {
      throw new IOException(String.format(Locale.ROOT, "%s exited with %d: %s", String.join(" ", cmd), rc, out));
    }
    return json;
  }
}
