/** Public notices of grids and their workers (Art. 21). */
package org.wangge.kernel.model.notice;
