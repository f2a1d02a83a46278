package io.verbo.config;

import io.verbo.corpus.CorpusFormat;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the corpus is and how its records are laid out. Serializable: executors receive it.
 *
 * @param paths files, folders or globs on any Hadoop file system
 * @param format the corpus format
 * @param idColumn column holding the document id; empty means ids are generated from file and
 *     position
 * @param textColumns columns joined with a newline to form the body (ignored for plain text)
 * @param titleColumn optional column put before the body when not blank; empty means none
 * @param labelColumn column holding the raw label; empty means unlabelled
 * @param langColumn column holding a language code; empty means none
 * @param maxDocChars longer documents are rejected
 * @param header whether csv/tsv files start with a header line
 * @param separator csv field separator (tsv always uses a tab)
 * @param minPartitions minimum number of input partitions, 0 for Spark's default
 */
public record InputSettings(
    List<String> paths,
    CorpusFormat format,
    String idColumn,
    List<String> textColumns,
    String titleColumn,
    String labelColumn,
    String langColumn,
    int maxDocChars,
    boolean header,
    char separator,
    int minPartitions)
    implements Serializable {

  /** Validates the record; every failure names its key. */
  public InputSettings {
    paths = List.copyOf(paths);
    if (paths.isEmpty() || paths.stream().anyMatch(String::isBlank)) {
      throw new InvalidConfigException(
          ConfigKeys.INPUT_PATHS,
          paths,
          "must list at least one non-empty path",
          "set verbo.input.paths = [\"path/or/glob\"] or --set verbo.input.paths.0=PATH");
    }
    idColumn = idColumn == null ? "" : idColumn.trim();
    labelColumn = labelColumn == null ? "" : labelColumn.trim();
    titleColumn = titleColumn == null ? "" : titleColumn.trim();
    langColumn = langColumn == null ? "" : langColumn.trim();
    textColumns = List.copyOf(textColumns);
    ConfigChecks.checkAtLeast(ConfigKeys.INPUT_MAX_DOC_CHARS, maxDocChars, 1);
    ConfigChecks.checkAtLeast(ConfigKeys.INPUT_MIN_PARTITIONS, minPartitions, 0);
    if (format.hasColumns()) {
      if (textColumns.isEmpty() || textColumns.stream().anyMatch(String::isBlank)) {
        throw new InvalidConfigException(
            ConfigKeys.INPUT_TEXT_COLUMNS,
            textColumns,
            "must name at least one column for format " + format.configName(),
            "set verbo.input.text-columns = [text] (the column(s) holding the document text)");
      }
    } else {
      for (String[] named :
          new String[][] {
            {ConfigKeys.INPUT_ID_COLUMN, idColumn},
            {ConfigKeys.INPUT_TITLE_COLUMN, titleColumn},
            {ConfigKeys.INPUT_LABEL_COLUMN, labelColumn},
            {ConfigKeys.INPUT_LANG_COLUMN, langColumn}
          }) {
        if (!named[1].isEmpty()) {
          throw new InvalidConfigException(
              named[0],
              named[1],
              "format text has no columns",
              "remove " + named[0] + " or use a format with columns (csv, tsv, jsonl, parquet)");
        }
      }
    }
    if (separator == '"' || separator == '\n' || separator == '\r') {
      throw new InvalidConfigException(
          ConfigKeys.INPUT_SEPARATOR,
          String.valueOf(separator),
          "cannot be a quote or a line break",
          "use a single character such as \",\" or \";\"");
    }
  }

  /** @return the id column, if configured */
  public Optional<String> idColumnOpt() {
    return idColumn.isEmpty() ? Optional.empty() : Optional.of(idColumn);
  }

  /** @return the title column, if configured */
  public Optional<String> titleColumnOpt() {
    return titleColumn.isEmpty() ? Optional.empty() : Optional.of(titleColumn);
  }

  /** @return the label column, if configured */
  public Optional<String> labelColumnOpt() {
    return labelColumn.isEmpty() ? Optional.empty() : Optional.of(labelColumn);
  }

  /** @return the language column, if configured */
  public Optional<String> langColumnOpt() {
    return langColumn.isEmpty() ? Optional.empty() : Optional.of(langColumn);
  }

  /** @return the separator actually used for this format (tab for tsv) */
  public char effectiveSeparator() {
    return format == CorpusFormat.TSV ? '\t' : separator;
  }

  /** @return every column a record must have: id, text, label and language columns as set */
  public List<String> requiredColumns() {
    List<String> cols = new ArrayList<>();
    idColumnOpt().ifPresent(cols::add);
    if (format.hasColumns()) {
      cols.addAll(textColumns);
    }
    titleColumnOpt().ifPresent(cols::add);
    labelColumnOpt().ifPresent(cols::add);
    langColumnOpt().ifPresent(cols::add);
    return List.copyOf(cols);
  }
}
