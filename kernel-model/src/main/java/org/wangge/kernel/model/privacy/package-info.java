/** Personal-information access and disclosure records (Art. 13(2)). */
package org.wangge.kernel.model.privacy;
