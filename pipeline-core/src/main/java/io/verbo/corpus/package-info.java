/**
 * Corpus readers (text, CSV/TSV, JSON Lines, Parquet), label mapping, splits and rejects.
 *
 * <p>Plain-Java, per-record pieces ({@link io.verbo.corpus.CsvRecordSplitter}, {@link
 * io.verbo.corpus.CsvFieldParser}, {@link io.verbo.corpus.StrictUtf8}, {@link
 * io.verbo.corpus.DocumentClassifier}, {@link io.verbo.corpus.SplitAssigner}) hold the logic; the
 * Spark side ({@link io.verbo.corpus.CorpusReader}, {@link io.verbo.corpus.TokenizeService}) only
 * wires them into partitions. Every record read ends up either in the tokens dataset or in the
 * rejects dataset with a {@link io.verbo.corpus.RejectReason}: nothing is dropped silently.
 */
package io.verbo.corpus;
