/** Organisations of grid work: grid agencies, governments, departments (Art. 5), people's and social organisations and volunteers (Art. 6, 20). */
package org.wangge.kernel.model.organisation;
