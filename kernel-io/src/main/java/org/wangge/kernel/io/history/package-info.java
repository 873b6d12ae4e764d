/**
 * The compliance ledger ({@link org.wangge.kernel.io.history.ComplianceLedger}): every check recorded in a database
 * (embedded H2 or PostgreSQL, schema by Flyway), so that findings are new, persisting (first seen on…) or resolved,
 * and the findings by article can be followed over the checks ({@link org.wangge.kernel.io.history.CheckHistory}).
 * Flyway and the JDBC driver are the host's to put on the class path; no type of theirs is in this API.
 */
package org.wangge.kernel.io.history;
