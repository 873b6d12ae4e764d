/**
 * The domain model of the Zigong Measures on grid-based service management (自贡市城乡社会治理网格化服务管理办法):
 * framework-free records and enums, one sub-package per aggregate. Every model value validates itself
 * on construction and throws {@link org.wangge.kernel.model.ModelValidationException} naming field,
 * value (masked when personal) and rule.
 */
package org.wangge.kernel.model;
