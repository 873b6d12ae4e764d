package org.wangge.kernel.model.identity.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.wangge.kernel.model.identity.UnifiedSocialCreditCode;

/** Validates {@link SocialCreditCode}: {@code null} is valid, anything else must satisfy {@code UnifiedSocialCreditCode.isValid}. */
public final class SocialCreditCodeValidator implements ConstraintValidator<SocialCreditCode, String> {

    /** Creates the validator (called by the Bean Validation provider). */
    public SocialCreditCodeValidator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || UnifiedSocialCreditCode.isValid(value);
    }
}
