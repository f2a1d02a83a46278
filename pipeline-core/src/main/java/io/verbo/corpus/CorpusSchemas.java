package io.verbo.corpus;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Schemas and row conversions of the tokens and rejects datasets; one place for both sides. */
public final class CorpusSchemas {
  private CorpusSchemas() {}

  /** Column names of the tokens dataset. */
  public static final String DOC_ID = "doc_id";
  /** Original text (null when not kept). */
  public static final String TEXT = "text";
  /** Class name (null when unlabelled). */
  public static final String LABEL = "label";
  /** Language code. */
  public static final String LANG = "lang";
  /** Tokens. */
  public static final String TOKENS = "tokens";
  /** Token count. */
  public static final String N_TOKENS = "n_tokens";
  /** Split name. */
  public static final String SPLIT = "split";
  /** Source file. */
  public static final String SOURCE = "source";
  /** Position in source. */
  public static final String POSITION = "position";
  /** Reject reason code. */
  public static final String REASON = "reason";
  /** Reject detail. */
  public static final String DETAIL = "detail";
  /** Raw content of a reject (truncated). */
  public static final String RAW = "raw";

  /** The tokens dataset. */
  public static final StructType TOKENS_SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField(DOC_ID, DataTypes.StringType, false),
            DataTypes.createStructField(TEXT, DataTypes.StringType, true),
            DataTypes.createStructField(LABEL, DataTypes.StringType, true),
            DataTypes.createStructField(LANG, DataTypes.StringType, true),
            DataTypes.createStructField(TOKENS, DataTypes.createArrayType(DataTypes.StringType, false), false),
            DataTypes.createStructField(N_TOKENS, DataTypes.IntegerType, false),
            DataTypes.createStructField(SPLIT, DataTypes.StringType, false),
            DataTypes.createStructField(SOURCE, DataTypes.StringType, false),
            DataTypes.createStructField(POSITION, DataTypes.LongType, false)
          });

  /** The rejects dataset. */
  public static final StructType REJECTS_SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField(SOURCE, DataTypes.StringType, false),
            DataTypes.createStructField(POSITION, DataTypes.LongType, false),
            DataTypes.createStructField(REASON, DataTypes.StringType, false),
            DataTypes.createStructField(DETAIL, DataTypes.StringType, true),
            DataTypes.createStructField(DOC_ID, DataTypes.StringType, true),
            DataTypes.createStructField(RAW, DataTypes.StringType, true)
          });

  /**
   * @param d a kept document
   * @return its row in {@link #TOKENS_SCHEMA}
   */
  public static Row toRow(TokenizedDocument d) {
    List<String> tokens = d.tokens();
    return RowFactory.create(
        d.docId(),
        d.text(),
        d.label(),
        d.lang(),
        tokens.toArray(new String[0]),
        tokens.size(),
        d.split(),
        d.source(),
        d.position());
  }

  /**
   * @param r a reject
   * @return its row in {@link #REJECTS_SCHEMA}
   */
  public static Row toRow(RejectedRecord r) {
    return RowFactory.create(r.source(), r.position(), r.reason().code(), r.detail(), r.docId(), r.raw());
  }
}
