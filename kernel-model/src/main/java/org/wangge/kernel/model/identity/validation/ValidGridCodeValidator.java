package org.wangge.kernel.model.identity.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.wangge.kernel.model.identity.DefaultGridCodeScheme;

/**
 * Validates {@link ValidGridCode}: {@code null} is valid, anything else must conform to
 * {@link DefaultGridCodeScheme} (restricted to Zigong when {@link ValidGridCode#zigongOnly()}).
 */
public final class ValidGridCodeValidator implements ConstraintValidator<ValidGridCode, String> {

    private DefaultGridCodeScheme scheme = DefaultGridCodeScheme.INSTANCE;

    /** Creates the validator (called by the Bean Validation provider). */
    public ValidGridCodeValidator() {
    }

    @Override
    public void initialize(ValidGridCode annotation) {
        scheme = annotation.zigongOnly() ? DefaultGridCodeScheme.ZIGONG_ONLY : DefaultGridCodeScheme.INSTANCE;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || scheme.isValid(value);
    }
}
