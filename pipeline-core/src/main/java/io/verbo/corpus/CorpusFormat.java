package io.verbo.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Input corpus formats, by the name used in {@code verbo.input.format}. */
public enum CorpusFormat {
  /** One document per line, UTF-8. */
  TEXT("text", false),
  /** RFC 4180 CSV (quoted fields may hold separators, quotes and newlines). */
  CSV("csv", true),
  /** Like CSV with a tab separator. */
  TSV("tsv", true),
  /** One JSON object per line. */
  JSONL("jsonl", true),
  /** Apache Parquet with string columns. */
  PARQUET("parquet", true);

  private final String configName;
  private final boolean hasColumns;

  CorpusFormat(String configName, boolean hasColumns) {
    this.configName = configName;
    this.hasColumns = hasColumns;
  }

  /** @return the name used in configuration */
  public String configName() {
    return configName;
  }

  /** @return whether records have named columns (every format except plain text) */
  public boolean hasColumns() {
    return hasColumns;
  }

  /**
   * @param name a configuration name, case-insensitive
   * @return the format, if the name is known
   */
  public static Optional<CorpusFormat> fromConfigName(String name) {
    String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.configName.equals(n)).findFirst();
  }

  /** @return all configuration names */
  public static List<String> configNames() {
    return Arrays.stream(values()).map(CorpusFormat::configName).toList();
  }
}
