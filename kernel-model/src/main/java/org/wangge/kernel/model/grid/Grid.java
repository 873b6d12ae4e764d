package org.wangge.kernel.model.grid;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Set;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.Require;
import org.wangge.kernel.model.identity.GridCode;

/**
 * A grid (网格): the basic service-management unit divided within a community, an administrative
 * village or another specific area (Art. 3 ¶1).
 *
 * @param id                 stable id within the snapshot
 * @param code               the grid code (网格编码) assigned by the county agency (Art. 7 ¶1)
 * @param name               the grid's name
 * @param kind               community, village or dedicated grid (Art. 8)
 * @param placeKind          for a dedicated grid, the kind of place (Art. 8 ¶2); absent otherwise
 * @param divisionCodes      the community or village division(s) the grid lies in (12-digit codes)
 * @param households         resident households (常住居民户数)
 * @param residents          resident people
 * @param areaDescription    the area (区域范围) in words, as posted in the public notice
 * @param dividedById        the organisation that divided the grid (Art. 7 ¶1, ¶3)
 * @param legalBasis         the law or regulation under which a unit other than a grid agency divided it (Art. 7 ¶3), optional
 * @param organiserId        for a dedicated grid, the township/street organising it (Art. 8 ¶2)
 * @param implementingUnitId for a dedicated grid, the unit carrying it out (Art. 8 ¶2)
 * @param status             planned, active or retired
 * @param validFrom          first day in effect
 * @param validTo            last day in effect, or null while open
 */
public record Grid(
        @NotBlank String id,
        @NotNull @Valid GridCode code,
        @NotBlank String name,
        @NotNull GridKind kind,
        DedicatedPlaceKind placeKind,
        @NotEmpty Set<String> divisionCodes,
        @PositiveOrZero int households,
        @PositiveOrZero int residents,
        String areaDescription,
        @NotBlank String dividedById,
        String legalBasis,
        String organiserId,
        String implementingUnitId,
        @NotNull GridStatus status,
        @NotNull LocalDate validFrom,
        LocalDate validTo) {

    /** Validates the grid's invariants; regulatory checks (size, filing, …) are the rules' business, not this constructor's. */
    public Grid {
        id = Require.notBlank(id, "Grid.id");
        Require.notNull(code, "Grid.code");
        name = Require.notBlank(name, "Grid.name");
        Require.notNull(kind, "Grid.kind");
        divisionCodes = Require.set(divisionCodes, "Grid.divisionCodes");
        if (divisionCodes.isEmpty()) {
            throw new ModelValidationException("Grid.divisionCodes", "[]",
                    "grid " + id + " must name the community or village it lies in");
        }
        Require.notNegative(households, "Grid.households");
        Require.notNegative(residents, "Grid.residents");
        dividedById = Require.notBlank(dividedById, "Grid.dividedById");
        Require.notNull(status, "Grid.status");
        Require.ordered(validFrom, validTo, "Grid.validFrom", "Grid.validTo");
        if (kind == GridKind.DEDICATED && placeKind == null) {
            throw new ModelValidationException("Grid.placeKind", "null",
                    "dedicated grid " + id + " needs its kind of place (Art. 8 ¶2; OTHER if not listed)");
        }
        if (kind != GridKind.DEDICATED && placeKind != null) {
            throw new ModelValidationException("Grid.placeKind", placeKind.name(),
                    "only a DEDICATED grid has a kind of place; " + id + " is " + kind);
        }
    }

    /**
     * @param day a day
     * @return whether the grid is in effect on that day (status ACTIVE or RETIRED, within its validity)
     */
    public boolean isInEffectOn(LocalDate day) {
        return status != GridStatus.PLANNED && !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
