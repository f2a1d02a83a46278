package io.verbo.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.junit.jupiter.api.Test;
import org.apache.spark.unsafe.types.UTF8String;

class PartitionTokenCountsTest {
  private static final List<List<String>> DOCS =
      List.of(
          List.of("el", "perro", "el", "gato"),
          List.of("el", "¡", "perro", "!"),
          List.of(),
          List.of("gato", "gato", "gato"));

  @Test
  void countsOccurrencesDocumentFrequencyAndDocuments() {
    Map<String, long[]> sums = sumByToken(PartitionTokenCounts.count(docs(), 1_000));

    assertThat(sums.get("el")).containsExactly(3, 2);
    assertThat(sums.get("perro")).containsExactly(2, 2);
    assertThat(sums.get("gato")).containsExactly(4, 2);
    assertThat(sums.get("¡")).containsExactly(1, 1);
    assertThat(sums.get(null)).as("documents row").containsExactly(4, 0);
    assertThat(sums).hasSize(6);
  }

  @Test
  void flushingEarlyOnlySplitsThePartialSums() {
    List<Row> rows = new ArrayList<>();
    PartitionTokenCounts.count(docs(), 2).forEachRemaining(rows::add);

    assertThat(rows.size()).as("more partial rows than tokens").isGreaterThan(6);
    assertThat(rows.get(rows.size() - 1).isNullAt(0)).as("documents row comes last").isTrue();
    Map<String, long[]> sums = sumByToken(rows.iterator());
    assertThat(sums.get("el")).containsExactly(3, 2);
    assertThat(sums.get("gato")).containsExactly(4, 2);
    assertThat(sums.get(null)).containsExactly(4, 0);
  }

  @Test
  void anEmptyPartitionGivesOnlyAZeroDocumentsRow() {
    List<Row> rows = new ArrayList<>();
    PartitionTokenCounts.count(List.<InternalRow>of().iterator(), 10).forEachRemaining(rows::add);

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).isNullAt(0)).isTrue();
    assertThat(rows.get(0).getLong(1)).isZero();
  }

  /** Internal rows as Spark's Parquet reader gives them: one array of UTF-8 strings per document. */
  private static Iterator<InternalRow> docs() {
    List<InternalRow> rows = new ArrayList<>();
    for (List<String> d : DOCS) {
      Object[] tokens = d.stream().map(UTF8String::fromString).toArray();
      rows.add(new GenericInternalRow(new Object[] {new GenericArrayData(tokens)}));
    }
    return rows.iterator();
  }

  private static Map<String, long[]> sumByToken(Iterator<Row> rows) {
    Map<String, long[]> sums = new HashMap<>();
    rows.forEachRemaining(
        r -> {
          long[] s = sums.computeIfAbsent(r.isNullAt(0) ? null : r.getString(0), k -> new long[2]);
          s[0] += r.getLong(1);
          s[1] += r.getLong(2);
        });
    return sums;
  }
}
