/**
 * Renderers of a {@link org.wangge.kernel.rules.CheckReport}: {@link org.wangge.kernel.io.report.TextReport}
 * for a terminal, {@link org.wangge.kernel.io.report.JsonReport} for machines and
 * {@link org.wangge.kernel.io.report.HtmlReport}, one self-contained page with summaries by article and by
 * district. Every renderer masks personal data defensively ({@link org.wangge.kernel.io.report.PersonalDataMask})
 * and writes messages in the chosen {@link org.wangge.kernel.io.report.ReportLanguage}.
 * {@link org.wangge.kernel.io.report.MeasuresText} gives the text of the Measures, article by article.
 */
package org.wangge.kernel.io.report;
