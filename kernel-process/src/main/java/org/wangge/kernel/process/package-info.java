/**
 * The Wangge processes in domain words: {@link org.wangge.kernel.process.WanggeProcesses} starts an embedded Flowable
 * engine (in-memory H2 by default, any JDBC database in production) with the BPMN processes for handling cases
 * (Art. 9, 14, 15, 23; {@link org.wangge.kernel.process.CaseHandling}), filing grid changes (Art. 7;
 * {@link org.wangge.kernel.process.GridChangeFiling}), admitting matters (Art. 10, 11;
 * {@link org.wangge.kernel.process.MatterAdmission}) and handling misconduct (Art. 13, 22;
 * {@link org.wangge.kernel.process.MisconductHandling}). Deadlines run on the PRC working-day calendar
 * ({@link org.wangge.kernel.process.WorkingDayBusinessCalendar}). This module uses kernel-rules only through its
 * public API (enforced by ArchUnit).
 */
package org.wangge.kernel.process;
