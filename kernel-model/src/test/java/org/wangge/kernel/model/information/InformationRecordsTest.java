package org.wangge.kernel.model.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.wangge.kernel.model.ModelValidationException;

/** Bad input to the information aggregate: {@link SystemConnection}, {@link DataExchange}. */
class InformationRecordsTest {

    private static final LocalDate ON = LocalDate.of(2024, 3, 1);

    private static ModelValidationException refused(Executable build, String field) {
        ModelValidationException e = assertThrows(ModelValidationException.class, build);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.rule()).isNotBlank();
        assertThat(e.getMessage()).startsWith(field + " = ").contains(e.shownValue()).contains(e.rule());
        return e;
    }

    @Test
    void a_valid_connection_builds_and_is_connected_within_its_period() {
        SystemConnection c = new SystemConnection("SC-1", "ORG-ZLJ-CIVIL", "民政综合业务系统", ON, ON.plusYears(1));
        assertThat(c.isConnectedOn(ON)).isTrue();
        assertThat(c.isConnectedOn(ON.plusYears(1).plusDays(1))).isFalse();
    }

    @Test
    void a_connection_ending_before_it_starts_is_refused_naming_the_end() {
        ModelValidationException e = refused(() -> new SystemConnection("SC", "D", "系统", ON, ON.minusDays(1)),
                "SystemConnection.disconnectedOn");
        assertThat(e.shownValue()).isEqualTo("2024-02-29");
        assertThat(e.rule()).contains("SystemConnection.connectedOn (2024-03-01)");
    }

    @Test
    void a_connection_missing_a_required_field_is_refused_naming_it() {
        refused(() -> new SystemConnection("SC", "D", " ", ON, null), "SystemConnection.systemName");
        refused(() -> new SystemConnection("SC", "", "系统", ON, null), "SystemConnection.departmentId");
        refused(() -> new SystemConnection(null, "D", "系统", ON, null), "SystemConnection.id");
        refused(() -> new SystemConnection("SC", "D", "系统", null, null), "SystemConnection.connectedOn");
    }

    @Test
    void a_valid_exchange_builds_and_tells_whether_it_has_a_legal_basis() {
        assertThat(new DataExchange("X-1", "A", "B", ON, "名单比对", "《社会救助暂行办法》第五十八条").hasLegalBasis()).isTrue();
        assertThat(new DataExchange("X-2", "A", "B", ON, null, "  ").hasLegalBasis()).isFalse();
    }

    @Test
    void an_exchange_missing_a_required_field_is_refused_naming_it() {
        refused(() -> new DataExchange("X", " ", "B", ON, null, null), "DataExchange.fromId");
        refused(() -> new DataExchange("X", "A", null, ON, null, null), "DataExchange.toId");
        refused(() -> new DataExchange("X", "A", "B", null, null, null), "DataExchange.on");
        refused(() -> new DataExchange("", "A", "B", ON, null, null), "DataExchange.id");
    }
}
