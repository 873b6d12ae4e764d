package org.wangge.kernel.model.identity.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.wangge.kernel.model.identity.StatisticalDivisionCode;

/** Validates {@link StatisticalCode}: {@code null} is valid, anything else must satisfy {@code StatisticalDivisionCode.isValid}. */
public final class StatisticalCodeValidator implements ConstraintValidator<StatisticalCode, String> {

    /** Creates the validator (called by the Bean Validation provider). */
    public StatisticalCodeValidator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || StatisticalDivisionCode.isValid(value);
    }
}
