/** Test-kit internals shared by its packages. Not API: may change without notice. */
package org.wangge.kernel.testkit.internal;
