package io.verbo.embed;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the {@link FloatOps} of this JVM once, at class initialisation, and logs the choice once.
 *
 * <p>The Vector API implementation is used when the {@code jdk.incubator.vector} module is in the
 * boot layer (the JVM was started with {@code --add-modules jdk.incubator.vector}), the JVM can
 * compile with C2, and the system property {@value #PROPERTY} is not {@code false}; otherwise the
 * scalar one. A JVM without the module (an executor started without the flag) therefore trains
 * with the scalar code and logs why; it never fails. The choice is a constant ({@code static final}) so that the JIT inlines the one
 * implementation loaded into the kernel's loops.
 *
 * <p>Different implementations give vectors that differ in the last bits (order of additions,
 * fused multiply-add); each is deterministic on its own. Runs that must be bit-identical must use
 * JVMs with the same choice.
 */
final class FloatOpsChoice {
  /**
   * JVM system property ({@code -D}, on the driver and in {@code spark.executor.extraJavaOptions})
   * that disables the Vector API implementation when {@code false}. Not a configuration key: the
   * choice is made when the class loads, before any configuration reaches an executor.
   */
  static final String PROPERTY = "verbo.jvm.vector-api";

  static final String MODULE = "jdk.incubator.vector";

  /** The implementation this JVM uses. */
  static final FloatOps OPS;

  static {
    Logger log = LoggerFactory.getLogger(FloatOpsChoice.class);
    String scalarReason = scalarReason();
    FloatOps ops = ScalarFloatOps.INSTANCE;
    if (scalarReason == null) {
      try {
        // By name, so that this class links without the module: VectorFloatOps is loaded only here.
        ops = Class.forName("io.verbo.embed.VectorFloatOps").asSubclass(FloatOps.class).getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException | LinkageError e) {
        scalarReason = "the Vector API is unusable: " + e;
      }
    }
    OPS = ops;
    if (scalarReason == null) {
      log.info("Word2Vec kernel float operations: {}", ops.name());
    } else {
      log.info("Word2Vec kernel float operations: {} ({})", ops.name(), scalarReason);
    }
  }

  private FloatOpsChoice() {}

  /** @return why the scalar implementation must be used, or null if the Vector API may be */
  private static String scalarReason() {
    if ("false".equals(System.getProperty(PROPERTY, "true").trim().toLowerCase(Locale.ROOT))) {
      return PROPERTY + "=false";
    }
    if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
      return "module " + MODULE + " is not in the boot layer: the JVM was started without --add-modules " + MODULE;
    }
    if (!optimizingCompilerAvailable()) {
      // Only C2 turns Vector API calls into vector instructions; the interpreter and C1 run its
      // Java fallback, which allocates a vector object per operation: many times slower than the
      // scalar loops (-XX:TieredStopAtLevel=1 is what the test fixtures' Spark daemons use).
      return "the JVM runs without the C2 compiler (interpreted or TieredStopAtLevel < 4)";
    }
    return null;
  }

  /** @return false if this JVM certainly never compiles with C2; true when it cannot tell */
  private static boolean optimizingCompilerAvailable() {
    if (System.getProperty("java.vm.info", "").contains("interpreted mode")) {
      return false;
    }
    try {
      HotSpotDiagnosticMXBean hs = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      boolean tiered = Boolean.parseBoolean(hs.getVMOption("TieredCompilation").getValue());
      int stopAt = Integer.parseInt(hs.getVMOption("TieredStopAtLevel").getValue());
      return !tiered || stopAt >= 4;
    } catch (RuntimeException | LinkageError e) {
      return true; // not HotSpot, or no jdk.management module: assume the usual optimizing JIT
    }
  }
}
