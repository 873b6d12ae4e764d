package org.wangge.kernel.cli;

import picocli.CommandLine.Option;

/** Options every command takes. Their effect is read by {@link WanggeCommand#run} before parsing. */
final class CommonOptions {

    /** The languages of the command line and its reports. */
    enum Lang { zh, en }

    @Option(names = "--debug", description = "Print stack traces of errors (for reporting a bug).")
    boolean debug;

    @Option(names = "--progress", description = "Show the progress spinner on stderr even when it is not a terminal.")
    boolean progress;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of help, errors, lint and test output: ${COMPLETION-CANDIDATES} (default: from the locale, "
                    + "Chinese for a zh locale); the reports of check and diff are in Chinese unless --lang en is given.")
    Lang lang;

    /** @return the report language: the one given, else Chinese (the authoritative text's) */
    org.wangge.kernel.io.report.ReportLanguage reportLanguage() {
        return lang == Lang.en ? org.wangge.kernel.io.report.ReportLanguage.EN : org.wangge.kernel.io.report.ReportLanguage.ZH;
    }
}
