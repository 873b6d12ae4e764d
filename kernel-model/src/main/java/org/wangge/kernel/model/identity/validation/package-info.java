/**
 * Bean Validation constraints for {@code String} fields holding Chinese identifiers, one per value type
 * of {@link org.wangge.kernel.model.identity}: {@link ResidentId}, {@link SocialCreditCode},
 * {@link Gb2260Code}, {@link StatisticalCode}, {@link Mobile}, {@link Landline} and
 * {@link ValidGridCode}.
 *
 * <p>Each accepts exactly what the value type's {@code of(String)} accepts, treats {@code null} as valid
 * (combine with {@code @NotNull}) and reports a fixed message that never contains the validated value,
 * so that personal data does not reach logs through constraint violations.
 */
package org.wangge.kernel.model.identity.validation;
