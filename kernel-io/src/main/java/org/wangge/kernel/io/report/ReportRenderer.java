package org.wangge.kernel.io.report;

import org.wangge.kernel.rules.CheckReport;

/** Renders a check report as a document: text, JSON or HTML. */
public interface ReportRenderer {

    /**
     * @param report the report
     * @return the whole document
     */
    String render(CheckReport report);
}
