package org.wangge.kernel.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.Subject;

class DistrictResolverTest {

    private final DistrictResolver resolver = DistrictResolver.of(CompliantCity.snapshot(), CompliantCity.AS_OF);

    @Test
    void resolves_grids_cases_workers_and_organisations() {
        assertThat(resolver.label(new Subject("Grid", CompliantCity.COMMUNITY_GRID))).isEqualTo("510302 自流井区");
        assertThat(resolver.label(new Subject("Grid", CompliantCity.VILLAGE_GRID))).isEqualTo("510321 荣县");
        assertThat(resolver.label(new Subject("Case", CompliantCity.CASE_ON_SPOT))).isEqualTo("510321 荣县");
        assertThat(resolver.label(new Subject("GridWorker", CompliantCity.WORKER_COMMUNITY))).isEqualTo("510302 自流井区");
        assertThat(resolver.label(new Subject("Organisation", CompliantCity.RONG_AGENCY))).isEqualTo("510321 荣县");
        assertThat(resolver.label(new Subject("Organisation", CompliantCity.CITY_AGENCY))).isEqualTo("510300 自贡市");
    }

    @Test
    void anything_else_is_unknown() {
        assertThat(resolver.label(new Subject("Grid", "G-NOWHERE"))).isEqualTo("—");
        assertThat(resolver.label(new Subject("Budget", "B-1"))).isEqualTo("—");
        assertThat(DistrictResolver.none().label(new Subject("Grid", CompliantCity.COMMUNITY_GRID))).isEqualTo("—");
    }
}
