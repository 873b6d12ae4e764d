/**
 * The check of a city as an Apache Spark 4 job: {@link org.wangge.kernel.spark.SparkCheck} (the Java API) and
 * {@link org.wangge.kernel.spark.SparkCheckMain} (spark-submit's entry point). See {@code docs/spark.md}.
 */
package org.wangge.kernel.spark;
