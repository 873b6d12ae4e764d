package org.wangge.kernel.model.identity.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.wangge.kernel.model.identity.MobileNumber;

/** Validates {@link Mobile}: {@code null} is valid, anything else must satisfy {@code MobileNumber.isValid}. */
public final class MobileValidator implements ConstraintValidator<Mobile, String> {

    /** Creates the validator (called by the Bean Validation provider). */
    public MobileValidator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || MobileNumber.isValid(value);
    }
}
