/**
 * Waiver files (豁免文件): YAML lists of documented exceptions read into the kernel's one
 * {@link org.wangge.kernel.io.report.Waiver} by {@link org.wangge.kernel.io.waiver.WaiverFiles}, every problem at
 * its file, line, column and field ({@link org.wangge.kernel.io.waiver.WaiverFileException}). The format is in
 * {@code docs/analyst-guide.md}.
 */
package org.wangge.kernel.io.waiver;
