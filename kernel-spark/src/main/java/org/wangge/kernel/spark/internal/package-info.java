/** The Spark job's implementation; not API. */
package org.wangge.kernel.spark.internal;
