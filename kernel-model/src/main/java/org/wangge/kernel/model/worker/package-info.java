/** Grid workers (网格员): assignments, contracts, insurance, pay, assessments and visit check-ins (Art. 12, 17, 18). */
package org.wangge.kernel.model.worker;
