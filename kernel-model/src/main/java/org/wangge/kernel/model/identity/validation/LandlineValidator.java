package org.wangge.kernel.model.identity.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.wangge.kernel.model.identity.LandlineNumber;

/** Validates {@link Landline}: {@code null} is valid, anything else must satisfy {@code LandlineNumber.isValid}. */
public final class LandlineValidator implements ConstraintValidator<Landline, String> {

    /** Creates the validator (called by the Bean Validation provider). */
    public LandlineValidator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || LandlineNumber.isValid(value);
    }
}
