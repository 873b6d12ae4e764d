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
 * The annotated string must be a 网格编码 (grid code) conforming to the default grid coding scheme
 * {@link org.wangge.kernel.model.identity.DefaultGridCodeScheme} ({@code zigong-default-v1}): the
 * 12-digit statistical division code of a community or village followed by a serial 001-999.
 * {@code null} is valid: combine with {@code @NotNull} when the value is required. A host using
 * another scheme validates with its own {@link org.wangge.kernel.model.identity.GridCodeScheme}
 * instead.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = ValidGridCodeValidator.class)
public @interface ValidGridCode {

    /** @return the violation message */
    String message() default "must be a grid code (网格编码) of scheme zigong-default-v1: the 12-digit "
            + "statistical division code of a community or village followed by a serial 001-999";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** @return true to accept only the six Zigong counties (DefaultGridCodeScheme.ZIGONG_ONLY) */
    boolean zigongOnly() default false;
}
