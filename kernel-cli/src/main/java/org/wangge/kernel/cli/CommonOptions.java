package org.wangge.kernel.cli;

import picocli.CommandLine.Option;

/** Options every command takes. Their effect is read by {@link WanggeCommand#run} before parsing. */
final class CommonOptions {

    @Option(names = "--debug", description = "Print stack traces of errors (for reporting a bug).")
    boolean debug;

    @Option(names = "--progress", description = "Show the progress spinner on stderr even when it is not a terminal.")
    boolean progress;
}
