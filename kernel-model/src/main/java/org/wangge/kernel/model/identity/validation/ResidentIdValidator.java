package org.wangge.kernel.model.identity.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.wangge.kernel.model.identity.ResidentIdNumber;

/** Validates {@link ResidentId}: {@code null} is valid, anything else must satisfy {@code ResidentIdNumber.isValid}. */
public final class ResidentIdValidator implements ConstraintValidator<ResidentId, String> {

    /** Creates the validator (called by the Bean Validation provider). */
    public ResidentIdValidator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || ResidentIdNumber.isValid(value);
    }
}
