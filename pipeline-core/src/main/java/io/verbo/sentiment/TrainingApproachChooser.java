package io.verbo.sentiment;

import io.verbo.config.InvalidConfigException;
import java.util.Locale;
import org.deeplearning4j.spark.api.RDDTrainingApproach;

/**
 * Chooses how DL4J hands minibatches to the workers. {@code Export} writes every minibatch once to
 * a file system and streams it from there (less executor memory, data reused across epochs); it
 * needs a file system that every executor can read. {@code Direct} keeps the minibatches as a
 * persisted RDD. Pure function of the setting, the master and the run root's file-system scheme.
 */
public final class TrainingApproachChooser {
  private TrainingApproachChooser() {}

  /**
   * @param approach the DL4J approach
   * @param reason one sentence saying why (logged)
   */
  public record Decision(RDDTrainingApproach approach, String reason) {}

  /**
   * @param setting the configured approach
   * @param master the Spark master URL
   * @param scheme the scheme of the run root's file system ({@code file}, {@code hdfs}, {@code
   *     s3a})
   * @return the approach and why
   * @throws InvalidConfigException if {@code export} is forced where executors cannot share files
   */
  public static Decision choose(TrainingApproachSetting setting, String master, String scheme) {
    return choose(setting, master, scheme, scheme);
  }

  /**
   * Like {@link #choose(TrainingApproachSetting, String, String)}, also given the default file
   * system's scheme: DL4J refuses Export on a non-local master whenever {@code fs.defaultFS} is
   * {@code file://}, even if the run root itself is on HDFS, so both must be shared.
   *
   * @param setting the configured approach
   * @param master the Spark master URL
   * @param scheme the run root's file-system scheme
   * @param defaultScheme the scheme of {@code fs.defaultFS}
   * @return the approach and why
   * @throws InvalidConfigException if Export is forced where it cannot work
   */
  public static Decision choose(
      TrainingApproachSetting setting, String master, String scheme, String defaultScheme) {
    boolean local = master.startsWith("local");
    boolean defaultShared = !"file".equals(defaultScheme.toLowerCase(Locale.ROOT));
    if (!local && !"file".equals(scheme.toLowerCase(Locale.ROOT)) && !defaultShared) {
      if (setting == TrainingApproachSetting.EXPORT) {
        throw new InvalidConfigException(
            DistributedSettings.TRAINING_APPROACH,
            setting.configName(),
            "DL4J's Export needs fs.defaultFS on a shared file system, but it is file:// on master " + master,
            "set spark.hadoop.fs.defaultFS (e.g. hdfs://namenode:8020, as core-site.xml does on a cluster) or "
                + DistributedSettings.TRAINING_APPROACH + " = direct");
      }
      if (setting == TrainingApproachSetting.AUTO) {
        return new Decision(
            RDDTrainingApproach.Direct,
            "the run root is on " + scheme + ":// but fs.defaultFS is file://, where DL4J refuses Export"
                + " on master " + master + " (set spark.hadoop.fs.defaultFS to use Export)");
      }
    }
    boolean sharedFs = !"file".equals(scheme.toLowerCase(Locale.ROOT));
    switch (setting) {
      case DIRECT:
        return new Decision(
            RDDTrainingApproach.Direct, DistributedSettings.TRAINING_APPROACH + " = direct");
      case EXPORT:
        if (!local && !sharedFs) {
          throw new InvalidConfigException(
              DistributedSettings.TRAINING_APPROACH,
              setting.configName(),
              "Export needs a file system shared by all executors, but the run root is file:// on"
                  + " master "
                  + master,
              "put verbo.run.root on HDFS (or another shared file system), or set "
                  + DistributedSettings.TRAINING_APPROACH
                  + " = auto or direct");
        }
        return new Decision(
            RDDTrainingApproach.Export, DistributedSettings.TRAINING_APPROACH + " = export");
      case AUTO:
      default:
        if (local) {
          return new Decision(
              RDDTrainingApproach.Direct,
              "master "
                  + master
                  + " runs all workers in this JVM, so exporting minibatches to files would only"
                  + " add I/O");
        }
        if (!sharedFs) {
          return new Decision(
              RDDTrainingApproach.Direct,
              "the run root is on file://, which executors on master "
                  + master
                  + " do not share; Export would fail");
        }
        return new Decision(
            RDDTrainingApproach.Export,
            "the run root is on "
                + scheme
                + "://, shared by all executors: minibatches are exported once and streamed each"
                + " epoch");
    }
  }
}
