/** Budgets of governments and their grid funding (Art. 19). */
package org.wangge.kernel.model.budget;
