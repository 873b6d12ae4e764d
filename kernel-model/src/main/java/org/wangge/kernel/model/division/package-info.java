/** Administrative divisions (行政区划): city, counties, townships and streets, communities and villages (Art. 2, 3). */
package org.wangge.kernel.model.division;
