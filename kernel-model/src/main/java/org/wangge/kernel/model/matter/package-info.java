/** The eight service matters (Art. 9), the matter list and its admission system (Art. 10), and departments' engagements of grids (Art. 11). */
package org.wangge.kernel.model.matter;
