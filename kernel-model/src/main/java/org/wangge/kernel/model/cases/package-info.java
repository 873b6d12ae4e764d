/** Cases handled through the grid: collection, on-the-spot resolution or report, acceptance, assignment, feedback, supervision, verification and closing (Art. 9, 14, 15, 23). */
package org.wangge.kernel.model.cases;
