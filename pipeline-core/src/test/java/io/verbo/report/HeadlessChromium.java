package io.verbo.report;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens a page in Debian's headless Chromium ({@code /usr/bin/chromium}; CI installs it) and
 * returns the DOM after the load event ({@code --dump-dom}) and every console message of the page
 * ({@code --enable-logging=stderr --v=0} prints each as a {@code :CONSOLE} line, errors and CSP
 * violations included).
 */
final class HeadlessChromium {
  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

  private static final Pattern RENDERED =
      Pattern.compile("<html[^>]*\\s" + HtmlPage.RENDERED_ATTRIBUTE + "=\"(\\d+)/(\\d+)\"");

  private HeadlessChromium() {}

  /**
   * What the browser made of a page.
   *
   * @param dom the serialized DOM after load
   * @param console the page's console messages
   */
  record Page(String dom, List<String> console) {
    /**
     * @return {@code "N/M"} from the page's check script, or {@code null} if it did not run
     */
    String chartsRendered() {
      Matcher m = RENDERED.matcher(dom);
      return m.find() ? m.group(1) + "/" + m.group(2) : null;
    }
  }

  /**
   * @param html a local HTML file
   * @param work a scratch folder (browser profile, captured output)
   * @return the loaded page
   */
  static Page load(Path html, Path work) throws IOException, InterruptedException {
    if (!Files.isExecutable(CHROMIUM)) {
      fail(
          "The browser test needs Chromium at "
              + CHROMIUM
              + ": install it with `apt-get install -y chromium` (.ci/run does).");
    }
    Path profile = Files.createTempDirectory(work, "chromium-profile");
    Path out = work.resolve(html.getFileName() + ".dom");
    Path err = work.resolve(html.getFileName() + ".stderr");
    Process p =
        new ProcessBuilder(
                CHROMIUM.toString(),
                "--headless",
                // Sandboxing needs user namespaces, which CI containers running as root lack.
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--enable-logging=stderr",
                "--v=0",
                "--virtual-time-budget=10000",
                "--dump-dom",
                html.toUri().toString())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("Chromium did not finish loading " + html + " within 120 s");
    }
    if (p.exitValue() != 0) {
      fail(
          "Chromium exited with "
              + p.exitValue()
              + ": "
              + Files.readString(err, StandardCharsets.UTF_8));
    }
    List<String> console =
        Files.readAllLines(err, StandardCharsets.UTF_8).stream()
            .filter(l -> l.contains(":CONSOLE"))
            .toList();
    return new Page(Files.readString(out, StandardCharsets.UTF_8), console);
  }
}
