package org.wangge.kernel.model.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.wangge.kernel.model.Require;
import org.wangge.kernel.model.identity.MobileNumber;
import org.wangge.kernel.model.identity.PersonName;

/**
 * A volunteer (志愿者) taking part in grid services (Art. 20 ¶2).
 *
 * @param id             stable id
 * @param name           the volunteer's name (personal information: masked in toString)
 * @param phone          contact phone, optional
 * @param organisationId the social organisation they serve with, optional
 * @param since          since when they volunteer
 */
public record Volunteer(
        @NotBlank String id,
        @NotNull PersonName name,
        MobileNumber phone,
        String organisationId,
        @NotNull LocalDate since) {

    /** Validates required fields. */
    public Volunteer {
        id = Require.notBlank(id, "Volunteer.id");
        Require.notNull(name, "Volunteer.name");
        Require.notNull(since, "Volunteer.since");
    }
}
