/** The city snapshot: all facts of one jurisdiction as of a date, the unit the rules check. */
package org.wangge.kernel.model.snapshot;
