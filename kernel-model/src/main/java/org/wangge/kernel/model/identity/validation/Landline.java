package org.wangge.kernel.model.identity.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated string must be a mainland 固定电话 (landline number), as accepted by
 * {@link org.wangge.kernel.model.identity.LandlineNumber#of(String)}.
 * {@code null} is valid: combine with {@code @NotNull} when the value is required. The message never
 * contains the validated value.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = LandlineValidator.class)
public @interface Landline {

    /** @return the violation message; it must not include the validated value */
    String message() default "must be a mainland landline number (固定电话): area code and 7- or 8-digit number, e.g. 0813-1234567";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
