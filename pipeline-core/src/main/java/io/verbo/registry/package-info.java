/**
 * The model registry on the run file system (any Hadoop file system) and the champion/challenger
 * decision of {@code verbo retrain}: immutable model versions, an atomically replaced champion
 * pointer, and a Parquet history of every decision. See {@code docs/retraining.md}.
 */
package io.verbo.registry;
