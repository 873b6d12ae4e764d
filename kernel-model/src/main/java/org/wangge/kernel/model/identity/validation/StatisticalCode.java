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
 * The annotated string must be a twelve-digit 统计用区划代码 (statistical division code), as accepted by
 * {@link org.wangge.kernel.model.identity.StatisticalDivisionCode#of(String)}.
 * {@code null} is valid: combine with {@code @NotNull} when the value is required. The message never
 * contains the validated value.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = StatisticalCodeValidator.class)
public @interface StatisticalCode {

    /** @return the violation message; it must not include the validated value */
    String message() default "must be a twelve-digit statistical division code (统计用区划代码) of a township or community/village";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
