/**
 * Conduct of grid workers: incidents and complaints with their substantiation and circumstances (Art. 13, 22), and
 * the platform's records that only suggest misconduct (payments from persons served).
 */
package org.wangge.kernel.model.conduct;
