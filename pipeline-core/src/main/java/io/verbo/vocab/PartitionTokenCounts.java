package io.verbo.vocab;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
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

  /** Reads documents until the map is full or the input ends, then streams the map's entries. */
  private static final class Counting implements Iterator<Row> {
    private final Iterator<InternalRow> docs;
    private final int maxEntries;
    private final Map<UTF8String, long[]> counts = new HashMap<>();
    private final Set<UTF8String> seen = new HashSet<>();
    private Iterator<Map.Entry<UTF8String, long[]>> pending = Collections.emptyIterator();
    private long documents;
    private boolean documentsRowSent;

    Counting(Iterator<InternalRow> docs, int maxEntries) {
      this.docs = docs;
      this.maxEntries = maxEntries;
    }

    @Override
    public boolean hasNext() {
      if (pending.hasNext()) {
        return true;
      }
      counts.clear();
      while (docs.hasNext() && counts.size() < maxEntries) {
        add(docs.next().getArray(0));
      }
      // a copy, so the next fill can reuse the map while nothing else holds it
      pending = new ArrayList<>(counts.entrySet()).iterator();
      return pending.hasNext() || !documentsRowSent;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      if (pending.hasNext()) {
        Map.Entry<UTF8String, long[]> e = pending.next();
        return RowFactory.create(e.getKey().toString(), e.getValue()[0], e.getValue()[1]);
      }
      documentsRowSent = true;
      return RowFactory.create(null, documents, 0L);
    }

    private void add(ArrayData tokens) {
      documents++;
      seen.clear();
      for (int i = 0, n = tokens.numElements(); i < n; i++) {
        // points into the reader's reused buffer: only a new map key is copied
        UTF8String token = tokens.getUTF8String(i);
        long[] c = counts.get(token);
        if (c == null) {
          token = token.clone();
          c = new long[2];
          counts.put(token, c);
        }
        c[0]++;
        if (seen.add(token)) {
          c[1]++;
        }
      }
    }
  }
}
