/**
 * The run layout on a Hadoop {@code FileSystem}, atomic artifact writes and provenance.
 *
 * <p>{@link io.verbo.store.RunLayout} is the one place that names paths: the job that writes an
 * artifact and the job that reads it both ask it. {@link io.verbo.store.StagedArtifact} writes
 * into a staging folder on the same file system and renames it into place, so a failed run never
 * leaves a half-written artifact where a good one was; {@link io.verbo.store.StagedArtifact#recover}
 * (and {@link io.verbo.store.RunRecovery} for a run's stage artifacts) repairs what a process killed
 * between the commit's renames left. {@link io.verbo.store.ArtifactMetadata} is
 * the {@code _metadata.json} every artifact carries.
 */
package io.verbo.store;
