/**
 * The {@code wangge} command line ({@link org.wangge.kernel.cli.WanggeCommand}): {@code check} a
 * snapshot file, {@code test} scenario files, {@code explain} a constraint, print the {@code trace}ability
 * matrix, {@code lint} a rule directory. Exit codes 0 (compliant, passed, clean), 1 (findings, failures,
 * problems), 2 (bad input); errors are plain lines on stderr, stack traces only with {@code --debug}.
 */
package org.wangge.kernel.cli;
