/** Grids (网格), their kinds and sizes, changes and filings (Art. 3, 7, 8) and star ratings (Art. 17). */
package org.wangge.kernel.model.grid;
