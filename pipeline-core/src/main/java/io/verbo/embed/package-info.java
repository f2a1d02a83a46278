/**
 * Word embeddings: distributed Word2Vec by parameter averaging, word vectors, their file formats,
 * import and evaluation (issue 3; design and formulas in {@code docs/embeddings.md}).
 *
 * <ul>
 *   <li>Plain Java: {@link io.verbo.embed.Word2VecSettings}, the kernel interface {@link
 *       io.verbo.embed.Word2VecKernel} and its CPU implementation {@link
 *       io.verbo.embed.CpuWord2VecKernel}, {@link io.verbo.embed.TrainingTables}, {@link
 *       io.verbo.embed.TrainingPlan}, {@link io.verbo.embed.LocalWord2Vec}, {@link
 *       io.verbo.embed.WordVectors}, {@link io.verbo.embed.VectorFileReader}/{@link
 *       io.verbo.embed.VectorFileWriter}, {@link io.verbo.embed.EmbeddingEvaluator}.
 *   <li>Spark: {@link io.verbo.embed.Word2VecTrainer} (with {@link io.verbo.embed.ShardedCorpus}
 *       and {@link io.verbo.embed.WeightAverage}), {@link io.verbo.embed.Word2VecMemory} (with {@link
 *       io.verbo.embed.MemoryEstimate} and {@link io.verbo.embed.MemoryLimits}), {@link
 *       io.verbo.embed.EmbeddingArtifact}, and the stage entry points {@link
 *       io.verbo.embed.EmbeddingService}, {@link io.verbo.embed.EmbeddingImportService} and {@link
 *       io.verbo.embed.EmbeddingReportWriter}.
 * </ul>
 */
package io.verbo.embed;
