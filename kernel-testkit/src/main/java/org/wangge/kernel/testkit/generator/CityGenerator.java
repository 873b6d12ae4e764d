package org.wangge.kernel.testkit.generator;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.testkit.internal.BuiltInEngine;

/**
 * Generates a synthetic Zigong-like city, deterministically: the same settings give an equal snapshot.
 *
 * <pre>{@code
 * GeneratedCity city = CityGenerator.builder().seed(42).scale(Scale.S)
 *         .asOf(LocalDate.of(2025, 6, 30))
 *         .breachRate(0.05)                 // 5 % of the candidate subjects of every constraint breach it
 *         .breachRate("ZG-07-03", 0.5)      // …but half of the grid changes go unfiled
 *         .generate();
 * CheckReport report = RuleEngine.zigong().check(city.snapshot(), city.snapshot().asOf());
 * // report's (constraintId, subject) pairs == city.expected()
 * }</pre>
 *
 * <p>The city has Zigong's six real districts and counties (510302 自流井区, 510303 贡井区, 510304 大安区,
 * 510311 沿滩区, 510321 荣县, 510322 富顺县), synthetic streets and townships with communities and
 * villages under valid 12-digit statistical codes, the city and county grid agencies, governments,
 * departments of every kind in each county, street offices and township governments, committees; grids
 * coded by {@code zigong-default-v1} and filed; full- and part-time workers with contracts, insurance,
 * pay, assessments and star ratings; the published matter list; engagements; a year of cases routed by the
 * routing table and handled within the limits on the working-day calendar; personal-information access
 * records tied to cases; notices, system connections, data exchanges and budgets. With a breach rate of
 * zero a check finds nothing at all.
 *
 * <p>From {@link Scale#S} on, one grid in a hundred more is an old-town community grid of 250–299 households and fewer
 * than 800 residents, in effect from 190–270 days after the check date (so not in effect then, and no finding): checked
 * later, the built-in band of 300–500 households warns of it under ZG-08-01, and a reform that lowers the band (the
 * analyst workspace's {@code households-250.reform.toml}) does not, so {@code wangge diff} shows a change.
 *
 * <p>Breach injection: for each constraint of the catalogue ({@link #CONSTRAINT_IDS}) an injector
 * knows its candidate subjects (e.g. active community grids for ZG-08-01) and changes the facts of the chosen
 * ones so that each breaches that constraint and no other; {@link GeneratedCity#expected()} lists them.
 *
 * <p>The generator reads the limits (parameters) and the routing table of the rule pack it generates for — the
 * built-in pack unless {@link Builder#rules(RuleEngine)} names another — so that a city generated for an analyst's
 * amended pack agrees with that pack's check: compliant facts keep within the strictest value a limit takes from
 * 2024-02-01 to the check date, injected breaches go beyond the loosest.
 * Check dates from 2024-08-01 to 2026-11-30 are supported (the working-day calendar covers 2024–2026).
 */
public final class CityGenerator {

    /** The constraint IDs of the catalogue the generator injects, in catalogue order. */
    public static final List<String> CONSTRAINT_IDS = List.of(
            "ZG-02-01",
            "ZG-07-01", "ZG-07-02", "ZG-07-03", "ZG-07-04",
            "ZG-08-01", "ZG-08-02", "ZG-08-03",
            "ZG-09-01",
            "ZG-10-01", "ZG-10-02", "ZG-10-03",
            "ZG-11-01", "ZG-11-02", "ZG-11-03",
            "ZG-12-01",
            "ZG-13-01", "ZG-13-02", "ZG-13-03", "ZG-13-04", "ZG-13-05", "ZG-13-06",
            "ZG-14-01",
            "ZG-15-01", "ZG-15-02", "ZG-15-03", "ZG-15-04", "ZG-15-05", "ZG-15-06",
            "ZG-16-01", "ZG-16-02",
            "ZG-17-01", "ZG-17-02", "ZG-17-03",
            "ZG-18-01", "ZG-18-02", "ZG-18-03", "ZG-18-04",
            "ZG-19-01",
            "ZG-21-01", "ZG-21-02",
            "ZG-23-01");

    /** The default check date: 2025-06-30. */
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2025, 6, 30);

    /** The earliest supported check date. */
    public static final LocalDate EARLIEST_AS_OF = LocalDate.of(2024, 8, 1);

    /** The latest supported check date. */
    public static final LocalDate LATEST_AS_OF = LocalDate.of(2026, 11, 30);

    private final Settings settings;
    private final RuleEngine rules;

    private CityGenerator(Settings settings, RuleEngine rules) {
        this.settings = settings;
        this.rules = rules;
    }

    /** @return a builder with the defaults: seed 1, {@link Scale#TINY}, as of {@link #DEFAULT_AS_OF}, no breaches */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Generates the city.
     *
     * @return the snapshot and the breaches injected into it
     */
    public GeneratedCity generate() {
        Draft draft = new Draft(settings, PackTerms.of(rules != null ? rules : BuiltInEngine.get(), settings.asOf(),
                Draft.IN_FORCE));
        draft.build();
        List<InjectedBreach> expected = new Injectors(draft, settings).apply();
        return new GeneratedCity(draft.snapshot(), expected);
    }

    /** @return the number of active grids the city will have */
    public int grids() {
        return settings.grids();
    }

    /** @return the check date the city describes */
    public LocalDate asOf() {
        return settings.asOf();
    }

    /** @return the seed */
    public long seed() {
        return settings.seed();
    }

    /**
     * What a generation uses; package-private so that the draft and the injectors share it.
     *
     * @param seed               the seed
     * @param grids              the number of active grids
     * @param asOf               the check date
     * @param workersPerGrid     grid workers per grid (at least 1)
     * @param casesPerGrid       cases per grid in the year before the check date
     * @param accessesPerGrid    personal-information access records per grid in that year
     * @param checkInsPerGrid    visit check-ins per grid in that year
     * @param breachRate         the default share of candidates that get a breach
     * @param rates              per-constraint overrides of the share
     * @param minimumBreaches    at least this many breaches of every constraint whose share is above zero
     */
    record Settings(long seed, int grids, LocalDate asOf, double workersPerGrid, int casesPerGrid, int accessesPerGrid,
            int checkInsPerGrid, double breachRate, Map<String, Double> rates, int minimumBreaches) {

        double rateOf(String constraintId) {
            Double r = rates.get(constraintId);
            return r != null ? r : breachRate;
        }
    }

    /** Collects the settings of a generation; every setter returns this builder. */
    public static final class Builder {

        private long seed = 1L;
        private int grids = Scale.TINY.grids();
        private LocalDate asOf = DEFAULT_AS_OF;
        private double workersPerGrid = 1.6;
        private int casesPerGrid = 100;
        private int accessesPerGrid = 1_000;
        private int checkInsPerGrid = 12;
        private double breachRate;
        private final Map<String, Double> rates = new TreeMap<>();
        private int minimumBreaches;
        private RuleEngine rules;

        private Builder() {
        }

        /**
         * @param rules the engine whose pack the city is generated for (default: the built-in Zigong pack); its
         *              parameters and routing table shape the city
         * @return this builder
         */
        public Builder rules(RuleEngine rules) {
            if (rules == null) {
                throw new IllegalArgumentException("rules is required (leave it unset for the built-in pack)");
            }
            this.rules = rules;
            return this;
        }

        /**
         * @param seed the seed; the same seed and settings give an equal city
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * @param scale a named size: sets the number of grids
         * @return this builder
         */
        public Builder scale(Scale scale) {
            if (scale == null) {
                throw new IllegalArgumentException("scale is required");
            }
            this.grids = scale.grids();
            return this;
        }

        /**
         * @param grids the number of active grids, at least 12 (two per district or county)
         * @return this builder
         */
        public Builder grids(int grids) {
            if (grids < 12) {
                throw new IllegalArgumentException("grids must be at least 12 (two per district or county), got " + grids);
            }
            this.grids = grids;
            return this;
        }

        /**
         * @param asOf the check date the city describes, from {@link #EARLIEST_AS_OF} to {@link #LATEST_AS_OF}
         * @return this builder
         */
        public Builder asOf(LocalDate asOf) {
            if (asOf == null || asOf.isBefore(EARLIEST_AS_OF) || asOf.isAfter(LATEST_AS_OF)) {
                throw new IllegalArgumentException("asOf must be from " + EARLIEST_AS_OF + " to " + LATEST_AS_OF
                        + " (the working-day calendar covers 2024-2026), got " + asOf);
            }
            this.asOf = asOf;
            return this;
        }

        /**
         * @param workersPerGrid grid workers per grid, from 1 to 3 (default 1.6: one full-time worker in every
         *                       grid, a part-time one in some, and some turnover)
         * @return this builder
         */
        public Builder workersPerGrid(double workersPerGrid) {
            if (!(workersPerGrid >= 1.0 && workersPerGrid <= 3.0)) {
                throw new IllegalArgumentException("workersPerGrid must be from 1 to 3, got " + workersPerGrid);
            }
            this.workersPerGrid = workersPerGrid;
            return this;
        }

        /**
         * @param casesPerGrid cases per grid in the year before the check date (default 100), zero or more
         * @return this builder
         */
        public Builder casesPerGrid(int casesPerGrid) {
            if (casesPerGrid < 0) {
                throw new IllegalArgumentException("casesPerGrid must be zero or more, got " + casesPerGrid);
            }
            this.casesPerGrid = casesPerGrid;
            return this;
        }

        /**
         * @param accessesPerGrid personal-information access records per grid in the year (default 1,000), zero
         *                        or more; most are tied to the grid's cases, so they need cases
         * @return this builder
         */
        public Builder accessesPerGrid(int accessesPerGrid) {
            if (accessesPerGrid < 0) {
                throw new IllegalArgumentException("accessesPerGrid must be zero or more, got " + accessesPerGrid);
            }
            this.accessesPerGrid = accessesPerGrid;
            return this;
        }

        /**
         * @param checkInsPerGrid visit check-ins per grid in the year (default 12), zero or more
         * @return this builder
         */
        public Builder checkInsPerGrid(int checkInsPerGrid) {
            if (checkInsPerGrid < 0) {
                throw new IllegalArgumentException("checkInsPerGrid must be zero or more, got " + checkInsPerGrid);
            }
            this.checkInsPerGrid = checkInsPerGrid;
            return this;
        }

        /**
         * @param rate the share (0 to 1) of the candidate subjects of every constraint that get an injected
         *             breach of it (default 0: a compliant city)
         * @return this builder
         */
        public Builder breachRate(double rate) {
            this.breachRate = checkRate(rate);
            return this;
        }

        /**
         * @param constraintId a constraint of {@link #CONSTRAINT_IDS}
         * @param rate         the share (0 to 1) of its candidate subjects that get a breach, overriding
         *                     {@link #breachRate(double)} for it
         * @return this builder
         */
        public Builder breachRate(String constraintId, double rate) {
            if (!CONSTRAINT_IDS.contains(constraintId)) {
                throw new IllegalArgumentException("unknown constraint " + constraintId + "; known: " + CONSTRAINT_IDS);
            }
            rates.put(constraintId, checkRate(rate));
            return this;
        }

        /**
         * @param minimum at least this many subjects (when there are that many candidates) get a breach of
         *                every constraint whose rate is above zero, however small the rate (default 0)
         * @return this builder
         */
        public Builder minimumBreachesPerConstraint(int minimum) {
            if (minimum < 0) {
                throw new IllegalArgumentException("minimum must be zero or more, got " + minimum);
            }
            this.minimumBreaches = minimum;
            return this;
        }

        /** @return a generator with these settings */
        public CityGenerator build() {
            return new CityGenerator(new Settings(seed, grids, asOf, workersPerGrid, casesPerGrid, accessesPerGrid,
                    checkInsPerGrid, breachRate, Collections.unmodifiableMap(new TreeMap<>(rates)), minimumBreaches), rules);
        }

        /**
         * Shorthand for {@code build().generate()}.
         *
         * @return the generated city
         */
        public GeneratedCity generate() {
            return build().generate();
        }

        private static double checkRate(double rate) {
            if (!(rate >= 0.0 && rate <= 1.0)) {
                throw new IllegalArgumentException("a breach rate is a share from 0 to 1, got " + rate);
            }
            return rate;
        }
    }
}
