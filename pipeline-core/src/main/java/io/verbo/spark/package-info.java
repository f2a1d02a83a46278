/**
 * Spark plumbing shared by every stage: building the SparkSession from configuration and naming
 * Spark jobs so the UI reads by stage.
 */
package io.verbo.spark;
