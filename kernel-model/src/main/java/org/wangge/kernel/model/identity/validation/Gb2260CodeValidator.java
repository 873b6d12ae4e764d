package org.wangge.kernel.model.identity.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.wangge.kernel.model.identity.DivisionCode;

/** Validates {@link Gb2260Code}: {@code null} is valid, anything else must satisfy {@code DivisionCode.isValid}. */
public final class Gb2260CodeValidator implements ConstraintValidator<Gb2260Code, String> {

    /** Creates the validator (called by the Bean Validation provider). */
    public Gb2260CodeValidator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || DivisionCode.isValid(value);
    }
}
