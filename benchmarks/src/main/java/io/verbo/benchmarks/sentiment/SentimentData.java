package io.verbo.benchmarks.sentiment;

import io.verbo.benchmarks.embed.BenchCorpus;
import io.verbo.sentiment.LabelledDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** The labelled data sets (MR, Rest-Mex) and the unlabelled corpora of our Word2Vec. */
final class SentimentData {
  private SentimentData() {}

  /**
   * A labelled data set.
   *
   * @param name its name
   * @param ids distinct document ids (for the stratified folds)
   * @param docs the documents, same order
   * @param labels class names in output order
   */
  record Labelled(String name, List<String> ids, List<LabelledDocument> docs, List<String> labels) {
    List<String> labelList() {
      return docs.stream().map(LabelledDocument::label).toList();
    }
  }

  /** MR: rt-polarity.{neg,pos} (UTF-8 copy), lower-cased whitespace tokens as the issue defines them. */
  static Labelled mr(Path data) throws IOException {
    Path dir = data.resolve("sentiment-en-mr/utf8");
    List<String> ids = new ArrayList<>();
    List<LabelledDocument> docs = new ArrayList<>();
    Function<String, String[]> tok = BenchCorpus.lowerWhitespace();
    for (String label : List.of("negative", "positive")) {
      Path f = dir.resolve(label.equals("negative") ? "rt-polarity.neg" : "rt-polarity.pos");
      // Split on \n only (the file is one sentence per line, LF).
      String[] lines = Files.readString(f, StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        String[] t = tok.apply(lines[i]);
        if (t.length == 0) {
          continue;
        }
        ids.add(label.substring(0, 3) + "-" + i);
        docs.add(new LabelledDocument(label, List.of(t)));
      }
    }
    return new Labelled("MR", ids, docs, List.of("negative", "positive"));
  }

  /**
   * Rest-Mex 2021 train CSV: text = Title + " " + Opinion (the literal quote pairs of the source
   * removed), tokenized with Verbo's Tokenizer (NFKC, lower-case, accents kept); labels 1–2 →
   * negative, 3 → neutral, 4–5 → positive.
   */
  static Labelled restMex(Path data) throws IOException {
    Path f = data.resolve("sentiment-es/rest-mex_2021_Sentiment_data_train.csv");
    List<List<String>> rows = Csv.parse(Files.readString(f, StandardCharsets.UTF_8));
    List<String> header = rows.get(0);
    int title = header.indexOf("Title");
    int opinion = header.indexOf("Opinion");
    int label = header.indexOf("Label");
    int index = header.indexOf("index");
    if (title < 0 || opinion < 0 || label < 0) {
      throw new IOException("Unexpected header " + header);
    }
    Function<String, String[]> tok = BenchCorpus.verboTokenizer();
    List<String> ids = new ArrayList<>();
    List<LabelledDocument> docs = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.size() < header.size()) {
        continue;
      }
      int stars = Integer.parseInt(row.get(label).trim());
      String cls = stars <= 2 ? "negative" : stars == 3 ? "neutral" : "positive";
      String text = clean(row.get(title)) + " " + clean(row.get(opinion));
      String[] t = tok.apply(text);
      if (t.length == 0) {
        continue;
      }
      ids.add("rm-" + (index >= 0 ? row.get(index) : Integer.toString(r)));
      docs.add(new LabelledDocument(cls, List.of(t)));
    }
    return new Labelled("Rest-Mex", ids, docs, List.of("negative", "neutral", "positive"));
  }

  private static String clean(String s) {
    return s.replace("\"", " ").strip();
  }

  /** Every non-empty line of every {@code *.txt} under {@code dir}, tokenized, in path order. */
  static List<String[]> corpus(Path dir, Function<String, String[]> tok) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("No .txt file under " + dir);
    }
    List<String[]> out = new ArrayList<>();
    for (Path f : files) {
      for (String line : Files.readString(f, StandardCharsets.UTF_8).split("\n")) {
        String[] t = tok.apply(line);
        if (t.length > 0) {
          out.add(t);
        }
      }
    }
    return out;
  }

  static List<String[]> sentencesOf(Labelled d) {
    return d.docs().stream().map(x -> x.tokens().toArray(new String[0])).toList();
  }

  /** A minimal RFC-4180 reader: quoted fields with "" escapes and embedded newlines. */
  static final class Csv {
    private Csv() {}

    static List<List<String>> parse(String s) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      int i = 0;
      int n = s.length();
      if (n > 0 && s.charAt(0) == '\uFEFF') {
        i = 1;
      }
      for (; i < n; i++) {
        char c = s.charAt(i);
        if (quoted) {
          if (c == '"') {
            if (i + 1 < n && s.charAt(i + 1) == '"') {
              field.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
            i++;
          }
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        } else {
          field.append(c);
        }
      }
      if (field.length() > 0 || !row.isEmpty()) {
        row.add(field.toString());
        rows.add(row);
      }
      return rows;
    }
  }

  static String[] arr(String... s) {
    return Arrays.copyOf(s, s.length);
  }
}
