package org.wangge.kernel.model.matter;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Set;
import org.wangge.kernel.model.Require;

/**
 * The grid service matter list (网格化服务管理事项清单, Art. 10): compiled by the city agency with the
 * departments, and published.
 *
 * @param id            stable id
 * @param version       the list's version label
 * @param compiledById  the organisation that compiled it (must be the city agency)
 * @param coCompilerIds the departments and units it was compiled with
 * @param publishedOn   the day it was published, or null while unpublished
 * @param publicationChannel where it was published to society (向社会公布), e.g. the government's website or gazette;
 *                      null when not recorded
 */
public record MatterList(
        @NotBlank String id,
        @NotBlank String version,
        @NotBlank String compiledById,
        Set<String> coCompilerIds,
        LocalDate publishedOn,
        String publicationChannel) {

    /** Validates required fields. */
    public MatterList {
        id = Require.notBlank(id, "MatterList.id");
        version = Require.notBlank(version, "MatterList.version");
        compiledById = Require.notBlank(compiledById, "MatterList.compiledById");
        coCompilerIds = Require.set(coCompilerIds, "MatterList.coCompilerIds");
    }

    /** The list without a recorded publication channel (the constructor before {@code publicationChannel}). */
    public MatterList(String id, String version, String compiledById, Set<String> coCompilerIds, LocalDate publishedOn) {
        this(id, version, compiledById, coCompilerIds, publishedOn, null);
    }

    /** @return whether the list was published to society: a day and a public channel are both recorded (Art. 10 向社会公布) */
    public boolean isPublishedToSociety() {
        return publishedOn != null && publicationChannel != null && !publicationChannel.isBlank();
    }

    /**
     * @param day a day
     * @return whether the list was published on or before that day
     */
    public boolean isPublishedBy(LocalDate day) {
        return publishedOn != null && !publishedOn.isAfter(day);
    }
}
