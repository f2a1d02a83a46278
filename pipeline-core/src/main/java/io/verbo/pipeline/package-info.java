/** Runs the configured pipeline stages in order on one run root. */
package io.verbo.pipeline;
