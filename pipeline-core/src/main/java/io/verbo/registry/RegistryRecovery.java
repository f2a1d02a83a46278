package io.verbo.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repairs what an interrupted retrain run left in the registry, before the next run decides. The
 * write order of a run is: (1) commit the version, (2) move the pointer (promotions only), (3)
 * append the history row. So:
 *
 * <ul>
 *   <li>a crash inside (1) leaves a staging folder or a temporary pointer file: deleted;
 *   <li>a crash between (1) and (2), or between (1) and (3) for a rejected challenger, leaves an
 *       <em>orphan</em>: a version that no history row names and that is not the champion. Nobody
 *       ever served it; it is deleted and listed in the next decision's {@code orphans_removed};
 *   <li>a crash between (2) and (3) leaves a champion without a history row: the row is rebuilt
 *       from the decision stored in the pointer and appended.
 * </ul>
 *
 * Stateless.
 */
public final class RegistryRecovery {
  private static final Logger LOG = LoggerFactory.getLogger(RegistryRecovery.class);

  /** Reason suffix of a history row rebuilt from the pointer. */
  public static final String RECOVERED = " [row recovered from the CHAMPION pointer after an interrupted run]";

  private RegistryRecovery() {}

  /**
   * @param orphansRemoved version folders deleted
   * @param recovered history rows rebuilt from the pointer (already appended)
   * @param leftovers temporary files and staging folders deleted
   * @param highestUsed the highest version number the history or this recovery mentions (0: none);
   *     the next version is numbered above it
   */
  public record Result(
      List<String> orphansRemoved, List<RetrainRecord> recovered, int leftovers, int highestUsed) {}

  /**
   * @param spark the session (reads and appends the history)
   * @param registry the registry
   * @return what was repaired
   */
  public static Result recover(SparkSession spark, ModelRegistry registry) {
    RegistryLayout layout = registry.layout();
    int leftovers = registry.deleteLeftovers();
    if (leftovers > 0) {
      LOG.warn("registry: removed {} temporary file(s) of an interrupted run", leftovers);
    }
    Map<String, RetrainRecord> decided =
        new java.util.LinkedHashMap<>(RetrainHistory.byChallenger(RetrainHistory.read(spark, layout)));
    Optional<ChampionPointer> champion = registry.champion();
    List<RetrainRecord> recovered = new ArrayList<>();
    if (champion.isPresent() && !decided.containsKey(champion.get().version())) {
      RetrainRecord r = champion.get().record();
      recovered.add(r.withReason(r.reason() + RECOVERED));
      RetrainHistory.append(spark, layout, recovered);
      decided.put(r.challengerVersion(), r);
      LOG.warn(
          "registry: champion {} had no history row (interrupted after promotion): row recovered",
          champion.get().version());
    }
    List<String> orphans = new ArrayList<>();
    for (ModelVersion v : registry.versions()) {
      boolean isChampion = champion.map(p -> p.version().equals(v.name())).orElse(false);
      if (!isChampion && !decided.containsKey(v.name())) {
        LOG.warn(
            "registry: {} is an orphan (committed by an interrupted run, never decided): deleting it",
            layout.version(v));
        registry.deleteVersion(v);
        orphans.add(v.name());
      }
    }
    int highest = 0;
    for (RetrainRecord r : decided.values()) {
      highest = Math.max(highest, number(r.challengerVersion()));
      for (String o : r.orphansRemoved()) {
        highest = Math.max(highest, number(o));
      }
    }
    for (String o : orphans) {
      highest = Math.max(highest, number(o));
    }
    return new Result(List.copyOf(orphans), List.copyOf(recovered), leftovers, highest);
  }

  private static int number(String version) {
    return ModelVersion.parse(version).map(ModelVersion::number).orElse(0);
  }
}
