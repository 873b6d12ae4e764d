/**
 * What host test suites and policy analysts use: assertions on check reports, scenario files and the
 * {@code wangge} command line.
 */
package org.wangge.kernel.testkit;
