package org.wangge.kernel.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** An {@link Actor} is validated when it is made, naming the field at fault. */
class ActorTest {

    @Test
    void a_blank_id_is_refused_naming_the_field() {
        assertThatThrownBy(() -> Actor.platformOperator(" ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("id"));
        assertThatThrownBy(() -> new Actor(null, ActorRole.DEPARTMENT, Set.of())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_missing_role_is_refused_naming_the_field() {
        assertThatThrownBy(() -> new Actor("OP-1", null, Set.of())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("role"));
    }

    @Test
    void a_grid_worker_serves_at_least_one_grid_and_no_blank_one() {
        assertThatThrownBy(() -> Actor.gridWorker("W-1")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("actsFor"));
        assertThatThrownBy(() -> Actor.gridWorker("W-1", "G-1", " ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("actsFor"));
        assertThatThrownBy(() -> Actor.gridWorker("W-1", "G-1", null)).isInstanceOf(InvalidInputException.class);
        Actor w = Actor.gridWorker("W-1", "G-1", "G-2");
        assertThat(w.actsFor("G-2")).isTrue();
        assertThat(w.actsFor("G-3")).isFalse();
        assertThat(w.actsFor()).containsExactlyInAnyOrder("G-1", "G-2");
    }

    @Test
    void a_department_acts_for_itself() {
        Actor d = Actor.department("D-1");
        assertThat(d.role()).isEqualTo(ActorRole.DEPARTMENT);
        assertThat(d.actsFor("D-1")).isTrue();
        assertThat(Actor.gridAgency("A-1", "510302").actsFor()).containsExactly("510302");
    }
}
