/**
 * Configuration: immutable, validated records parsed once on the driver from HOCON.
 *
 * <p>{@link io.verbo.config.ConfigLoader} merges, in order of precedence, {@code --set key=value}
 * overrides, an optional {@code --conf FILE} and {@code conf/reference.conf} (bundled in the jar),
 * rejects unknown keys with a suggestion, and builds a {@link io.verbo.config.VerboConfig}. Every
 * validation failure is an {@link io.verbo.config.InvalidConfigException} that names the key, the
 * bad value and the fix. Nothing here touches Spark, so bad configuration fails before Spark starts.
 */
package io.verbo.config;
