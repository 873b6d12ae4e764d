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
 */
public record MatterList(
        @NotBlank String id,
        @NotBlank String version,
        @NotBlank String compiledById,
        Set<String> coCompilerIds,
        LocalDate publishedOn) {

    /** Validates required fields. */
    public MatterList {
        id = Require.notBlank(id, "MatterList.id");
        version = Require.notBlank(version, "MatterList.version");
        compiledById = Require.notBlank(compiledById, "MatterList.compiledById");
        coCompilerIds = Require.set(coCompilerIds, "MatterList.coCompilerIds");
    }

    /**
     * @param day a day
     * @return whether the list was published on or before that day
     */
    public boolean isPublishedBy(LocalDate day) {
        return publishedOn != null && !publishedOn.isAfter(day);
    }
}
