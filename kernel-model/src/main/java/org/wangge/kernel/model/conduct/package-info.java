/** Conduct of grid workers: incidents and complaints with their substantiation (Art. 13, 22). */
package org.wangge.kernel.model.conduct;
