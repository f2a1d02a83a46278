package io.verbo.vocab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Counts the tokens of one partition's documents in a hash map: per token the occurrences and the
 * number of documents it occurs in, plus one row with a {@code null} token carrying the number of
 * documents. The rows are partial sums, to be added up per token across partitions.
 *
 * <p>Tokens stay in Spark's UTF-8 form ({@link UTF8String}): hashing and comparing the bytes avoids
 * decoding every token into a Java string; only the distinct tokens are decoded.
 *
 * <p>Why not Spark SQL's {@code explode} + {@code groupBy}: document frequencies need either a
 * shuffle of every (document, token) pair or a second pass over the tokens, and either costs more
 * than the tokenizer itself (benchmarks/README.md). Memory is bounded: when the map holds {@link
 * #MAX_ENTRIES} tokens it is emitted and cleared, which only makes the partial sums more numerous.
 */
final class PartitionTokenCounts {
  /** Schema of the partial-count rows. */
  static final StructType SCHEMA =
      new StructType()
          .add("token", DataTypes.StringType, true)
          .add("count", DataTypes.LongType, false)
          .add("doc_freq", DataTypes.LongType, false);

  /** Flush threshold: about 100 MB of map entries for typical token lengths. */
  static final int MAX_ENTRIES = 1_000_000;

  private PartitionTokenCounts() {}

  /**
   * @param docs Spark's internal rows (as from {@code Dataset.queryExecution().toRdd()}) whose first
   *     column is the document's token array; a document is a row
   * @param maxEntries the flush threshold
   * @return partial counts, produced lazily: one row per (token, flush), then one {@code (null,
   *     documents, 0)} row
   */
  static Iterator<Row> count(Iterator<InternalRow> docs, int maxEntries) {
    return new Counting(docs, maxEntries);
  }

  /**
   * Reads documents until the map is full or the input ends, then streams the counts. Each distinct
   * token gets a slot number on first sight; per slot the occurrences, the documents and the last
   * document seen, so the document frequency needs no per-document set.
   */
  private static final class Counting implements Iterator<Row> {
    private final Iterator<InternalRow> docs;
    private final int maxEntries;
    private final Map<UTF8String, Integer> slots = new HashMap<>();
    private final List<UTF8String> tokens = new ArrayList<>();
    private long[] counts = new long[1024];
    private long[] docFreqs = new long[1024];
    private long[] lastDoc = new long[1024];
    private int next;
    private long documents;
    private boolean documentsRowSent;

    Counting(Iterator<InternalRow> docs, int maxEntries) {
      this.docs = docs;
      this.maxEntries = maxEntries;
    }

    @Override
    public boolean hasNext() {
      if (next < tokens.size()) {
        return true;
      }
      clear();
      while (docs.hasNext() && tokens.size() < maxEntries) {
        add(docs.next().getArray(0));
      }
      return next < tokens.size() || !documentsRowSent;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      if (next < tokens.size()) {
        int slot = next++;
        return RowFactory.create(tokens.get(slot).toString(), counts[slot], docFreqs[slot]);
      }
      documentsRowSent = true;
      return RowFactory.create(null, documents, 0L);
    }

    private void add(ArrayData doc) {
      long docNumber = ++documents;
      for (int i = 0, n = doc.numElements(); i < n; i++) {
        // points into the reader's reused buffer: only a new token is copied
        UTF8String token = doc.getUTF8String(i);
        Integer slot = slots.get(token);
        int s;
        if (slot == null) {
          s = newSlot(token.clone());
        } else {
          s = slot;
        }
        counts[s]++;
        if (lastDoc[s] != docNumber) {
          lastDoc[s] = docNumber;
          docFreqs[s]++;
        }
      }
    }

    private int newSlot(UTF8String token) {
      int s = tokens.size();
      if (s == counts.length) {
        counts = Arrays.copyOf(counts, s * 2);
        docFreqs = Arrays.copyOf(docFreqs, s * 2);
        lastDoc = Arrays.copyOf(lastDoc, s * 2);
      }
      tokens.add(token);
      slots.put(token, s);
      return s;
    }

    private void clear() {
      slots.clear();
      tokens.clear();
      Arrays.fill(counts, 0);
      Arrays.fill(docFreqs, 0);
      Arrays.fill(lastDoc, 0);
      next = 0;
    }
  }
}
