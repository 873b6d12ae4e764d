package org.wangge.kernel.testkit.generator;

/**
 * Named sizes of a generated city. The number of grids is the scale's; the other volumes (workers, cases,
 * personal-information access records…) follow from the per-grid volumes of the {@link CityGenerator}
 * (by default about 1.6 workers, 100 cases and 1,000 access records per grid and year).
 */
public enum Scale {

    /** About 30 grids: unit tests and examples. */
    TINY(30),

    /** About 500 grids: an integration test or a district. */
    S(500),

    /** About 5,000 grids, 8,000 workers, 500,000 cases and 5,000,000 access records: Zigong itself. */
    M(5_000),

    /** Ten times M: a province-sized load (needs a large heap). */
    L(50_000);

    private final int grids;

    Scale(int grids) {
        this.grids = grids;
    }

    /** @return the number of active grids a city of this scale has */
    public int grids() {
        return grids;
    }
}
