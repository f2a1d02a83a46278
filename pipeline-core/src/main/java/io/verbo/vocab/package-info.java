/**
 * The vocabulary: {@link io.verbo.vocab.Vocabulary} (plain Java, immutable), built by Spark
 * aggregation in {@link io.verbo.vocab.VocabularyBuilder} and stored as Parquet by {@link
 * io.verbo.vocab.VocabularyIO}.
 */
package io.verbo.vocab;
