/**
 * Chinese identifiers as immutable value types: 公民身份号码 ({@link org.wangge.kernel.model.identity.ResidentIdNumber}),
 * 统一社会信用代码 ({@link org.wangge.kernel.model.identity.UnifiedSocialCreditCode}), 行政区划代码
 * ({@link org.wangge.kernel.model.identity.DivisionCode}), 统计用区划代码
 * ({@link org.wangge.kernel.model.identity.StatisticalDivisionCode}), phone numbers, names and 网格编码
 * ({@link org.wangge.kernel.model.identity.GridCode}).
 *
 * <p>Every factory {@code of(String)} normalises its input (full-width characters become ASCII,
 * insignificant spaces are removed) and refuses invalid input with a
 * {@link org.wangge.kernel.model.ModelValidationException} that names the field, the value (masked
 * when it is personal information, see {@link org.wangge.kernel.model.identity.Masking}) and the rule
 * broken. Personal values ({@code ResidentIdNumber}, {@code MobileNumber}, {@code LandlineNumber},
 * {@code PersonName}) print masked from {@code toString()}; the raw value is available only from the
 * explicit accessor {@code unmasked()}.
 */
package org.wangge.kernel.model.identity;
