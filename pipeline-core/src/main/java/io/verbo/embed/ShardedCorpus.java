package io.verbo.embed;

import io.verbo.corpus.StableHash;
import io.verbo.corpus.CorpusSchemas;
import io.verbo.vocab.Vocabulary;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The training sentences, encoded once and persisted: every document's {@code tokens} become
 * vocabulary indices (PAD, UNK and out-of-vocabulary tokens are dropped, as word2vec.c drops words
 * below min_count), documents longer than {@code maxSentenceLength} are cut into pieces, and the
 * pieces are spread over the training partitions.
 *
 * <p>Determinism: a piece's partition and its position inside the partition depend only on a
 * stable hash of (doc_id, piece) and the seed — not on how the input was split or in which order a
 * shuffle delivered it — so the same data, seed and partition count always give the same shards in
 * the same order. Without a {@code doc_id} column the key falls back to (input partition,
 * position). The order is pseudo-random, which is also the shuffled order SGD wants.
 *
 * <p>Driver-side handle; {@link #release()} unpersists the data.
 */
public final class ShardedCorpus {
  private final JavaRDD<int[]> sentences;
  private final long[][] words;
  private final long sentenceCount;

  private ShardedCorpus(JavaRDD<int[]> sentences, long[][] words, long sentenceCount) {
    this.sentences = sentences;
    this.words = words;
    this.sentenceCount = sentenceCount;
  }

  /**
   * @param tokens a dataset with an {@code array<string>} column {@value CorpusSchemas#TOKENS} and
   *     optionally a string column {@value CorpusSchemas#DOC_ID}
   * @param vocab the broadcast vocabulary
   * @param settings rounds per epoch, sentence length and seed
   * @param partitions training partitions (≥ 1)
   * @return the encoded, sharded and persisted sentences with their word counts per round
   * @throws IllegalArgumentException if the tokens column is missing or not {@code array<string>}
   */
  public static ShardedCorpus build(
      Dataset<Row> tokens, Broadcast<Vocabulary> vocab, Word2VecSettings settings, int partitions) {
    StructType schema = tokens.schema();
    DataType type = Arrays.asList(schema.fieldNames()).contains(CorpusSchemas.TOKENS)
        ? schema.apply(CorpusSchemas.TOKENS).dataType() : null;
    if (!(type instanceof ArrayType a) || !a.elementType().equals(DataTypes.StringType)) {
      throw new IllegalArgumentException(
          "Cannot train embeddings: the tokens dataset needs an array<string> column '" + CorpusSchemas.TOKENS
              + "', found " + (type == null ? "none" : type.simpleString()) + " in " + schema.simpleString());
    }
    boolean hasId = Arrays.asList(schema.fieldNames()).contains(CorpusSchemas.DOC_ID)
        && schema.apply(CorpusSchemas.DOC_ID).dataType().equals(DataTypes.StringType);
    Dataset<Row> input = hasId
        ? tokens.select(CorpusSchemas.TOKENS, CorpusSchemas.DOC_ID) : tokens.select(CorpusSchemas.TOKENS);
    int maxLen = settings.maxSentenceLength();
    long seed = settings.seed();
    JavaPairRDD<SentenceKey, int[]> keyed = input.javaRDD().mapPartitionsWithIndex(
        (part, rows) -> encode(part, rows, vocab.value(), hasId, maxLen), true)
        .mapToPair(t -> t);
    JavaRDD<int[]> sentences = keyed
        .repartitionAndSortWithinPartitions(new ShardPartitioner(partitions, seed), new KeyOrder())
        .values()
        .persist(StorageLevel.MEMORY_AND_DISK());
    int rounds = settings.roundsPerEpoch();
    List<Tuple2<Integer, long[]>> counts = sentences.mapPartitionsWithIndex((p, it) -> {
      long[] w = new long[rounds + 1];
      int i = 0;
      while (it.hasNext()) {
        w[i % rounds] += it.next().length;
        w[rounds]++;
        i++;
      }
      return List.of(new Tuple2<>(p, w)).iterator();
    }, true).collect();
    long[][] words = new long[partitions][rounds];
    long n = 0;
    for (Tuple2<Integer, long[]> c : counts) {
      System.arraycopy(c._2(), 0, words[c._1()], 0, rounds);
      n += c._2()[rounds];
    }
    return new ShardedCorpus(sentences, words, n);
  }

  private static Iterator<Tuple2<SentenceKey, int[]>> encode(
      int part, Iterator<Row> rows, Vocabulary vocab, boolean hasId, int maxLen) {
    return new Iterator<>() {
      private final ArrayDeque<Tuple2<SentenceKey, int[]>> pending = new ArrayDeque<>();
      private long position;

      @Override
      public boolean hasNext() {
        while (pending.isEmpty() && rows.hasNext()) {
          encodeRow(rows.next());
        }
        return !pending.isEmpty();
      }

      @Override
      public Tuple2<SentenceKey, int[]> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pending.poll();
      }

      private void encodeRow(Row r) {
        List<String> toks = r.isNullAt(0) ? List.of() : r.getList(0);
        String id = hasId && !r.isNullAt(1) ? r.getString(1) : null;
        long hash = id != null ? StableHash.hash64(id) : StableHash.combine(0, part, position);
        position++;
        int[] ids = new int[toks.size()];
        int n = 0;
        for (String t : toks) {
          int i = t == null ? Vocabulary.UNK_INDEX : vocab.indexOf(t);
          if (i >= TrainingTables.FIRST_WORD) {
            ids[n++] = i;
          }
        }
        for (int from = 0, piece = 0; from < n; from += maxLen, piece++) {
          pending.add(new Tuple2<>(new SentenceKey(hash, id == null ? "" : id, piece),
              Arrays.copyOfRange(ids, from, Math.min(n, from + maxLen))));
        }
      }
    };
  }

  /** @return the persisted sentences, partitioned and ordered for training */
  public JavaRDD<int[]> sentences() {
    return sentences;
  }

  /** @return training partitions */
  public int partitions() {
    return words.length;
  }

  /** @return sentence pieces */
  public long sentenceCount() {
    return sentenceCount;
  }

  /**
   * @param settings the settings (epochs, rounds, rates, seed)
   * @return the plan over this corpus's shards
   */
  public TrainingPlan plan(Word2VecSettings settings) {
    return new TrainingPlan(words, settings);
  }

  /** Unpersists the sentences. */
  public void release() {
    sentences.unpersist(false);
  }

  /** Sort and partition key of a sentence piece. */
  record SentenceKey(long hash, String docId, int piece) implements Serializable {}

  /** Orders pieces by (hash, doc_id, piece): a total order, so shuffle arrival order never matters. */
  static final class KeyOrder implements Comparator<SentenceKey>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(SentenceKey a, SentenceKey b) {
      int c = Long.compare(a.hash(), b.hash());
      if (c == 0) {
        c = a.docId().compareTo(b.docId());
      }
      return c != 0 ? c : Integer.compare(a.piece(), b.piece());
    }
  }

  /** Sends a piece to partition mix(hash, seed) mod n. */
  static final class ShardPartitioner extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int partitions;
    private final long seed;

    ShardPartitioner(int partitions, long seed) {
      this.partitions = partitions;
      this.seed = seed;
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      SentenceKey k = (SentenceKey) key;
      return (int) Long.remainderUnsigned(StableHash.combine(seed, k.hash(), k.piece()), partitions);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ShardPartitioner p && p.partitions == partitions && p.seed == seed;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(seed) * 31 + partitions;
    }
  }
}
