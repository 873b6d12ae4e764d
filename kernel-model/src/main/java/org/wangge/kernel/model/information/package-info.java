/** Information systems connected to the grid platform and exchanges of grid information (Art. 16). */
package org.wangge.kernel.model.information;
