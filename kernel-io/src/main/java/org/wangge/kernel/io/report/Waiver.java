package org.wangge.kernel.io.report;

import java.time.LocalDate;
import java.util.Objects;
import org.wangge.kernel.model.identity.Masking;
import org.wangge.kernel.rules.Finding;

/**
 * A documented exception to compliance (豁免): one constraint on one subject (or on every subject, in a district
 * when one is given), why, who approved it and when, and the last day it holds. The one waiver of the kernel:
 * waiver files ({@code org.wangge.kernel.io.waiver.WaiverFiles}) give them, {@code wangge check --waivers} and the
 * reports show them ({@link WaiverCheck}), and the test kit's {@code Compliance} takes them. An expired waiver
 * (its {@link #expiresOn()} before the day of the check) fails the check by itself, so a waiver cannot outlive its
 * reason unnoticed.
 *
 * @param constraintId  the constraint waived, e.g. {@code ZG-08-01}
 * @param subjectId     the subject's id, or null for every subject (of the district, when one is given)
 * @param justification why, in words a reviewer can judge
 * @param expiresOn     the last day the waiver holds
 * @param approvedBy    who approved it (a person or an office), or null; shown masked as a name in reports
 * @param approvedOn    the day it was approved, or null
 * @param district      the GB/T 2260 county code (6 digits) the waiver is limited to, or null for anywhere
 * @param source        where it was written, e.g. {@code waivers.yaml:12:5}, or null when made in code
 */
public record Waiver(String constraintId, String subjectId, String justification, LocalDate expiresOn,
        String approvedBy, LocalDate approvedOn, String district, String source) {

    /** Requires a constraint, a justification and an expiry; an approval on or before the expiry; a 6-digit district. */
    public Waiver {
        Objects.requireNonNull(constraintId, "Waiver.constraintId");
        if (justification == null || justification.isBlank()) {
            throw new IllegalArgumentException("waiver of " + constraintId + (subjectId == null ? "" : " on " + PersonalDataMask.maskText(subjectId))
                    + " needs a justification");
        }
        if (expiresOn == null) {
            throw new IllegalArgumentException("waiver of " + constraintId + " needs an expiry date");
        }
        if (approvedOn != null && approvedOn.isAfter(expiresOn)) {
            throw new IllegalArgumentException("waiver of " + constraintId + " is approved on " + approvedOn + ", after it expires (" + expiresOn + ")");
        }
        if (district != null && !district.matches("\\d{6}")) {
            throw new IllegalArgumentException("waiver of " + constraintId + ": the district is a 6-digit county code (GB/T 2260), e.g. 510302");
        }
    }

    /**
     * A waiver made in code, without approval or district.
     *
     * @param constraintId  the constraint
     * @param subjectId     the subject, or null for all
     * @param justification why
     * @param expiresOn     last day it holds
     * @return the waiver
     */
    public static Waiver of(String constraintId, String subjectId, String justification, LocalDate expiresOn) {
        return new Waiver(constraintId, subjectId, justification, expiresOn, null, null, null, null);
    }

    /**
     * @param f         a finding
     * @param districts resolves the finding's district, for a waiver limited to one
     * @return whether this waiver is about the finding (expired or not)
     */
    public boolean covers(Finding f, DistrictResolver districts) {
        if (!f.constraintId().equals(constraintId) || (subjectId != null && !subjectId.equals(f.subject().id()))) {
            return false;
        }
        return district == null || districts.districtOf(f.subject()).map(d -> d.value().equals(district)).orElse(false);
    }

    /**
     * @param f a finding
     * @return whether this waiver is about the finding, when its district (if any) cannot be known: a waiver limited
     *         to a district then covers nothing
     */
    public boolean covers(Finding f) {
        return covers(f, DistrictResolver.none());
    }

    /**
     * @param day the day of the check
     * @return whether the waiver no longer holds on it (it expires on the day before or earlier)
     */
    public boolean isExpiredOn(LocalDate day) {
        return day.isAfter(expiresOn);
    }

    /** @return the approver as reports show it: masked as a name (张**), or null */
    public String approvedByMasked() {
        return approvedBy == null ? null : Masking.maskName(approvedBy);
    }

    /** @return {@code ZG-08-01 on G-COMM-1 in 510302}, the subject masked */
    public String what() {
        return constraintId + (subjectId == null ? " on every subject" : " on " + PersonalDataMask.maskText(subjectId))
                + (district == null ? "" : " in " + district);
    }

    /** @return {@link #what()} with its source, expiry and justification, personal data masked */
    @Override
    public String toString() {
        return (source == null ? "" : source + ": ") + what() + " until " + expiresOn + " (" + PersonalDataMask.maskText(justification) + ")";
    }
}
