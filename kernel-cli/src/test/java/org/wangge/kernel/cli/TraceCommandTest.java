package org.wangge.kernel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.cli.CliTestSupport.wangge;

import org.junit.jupiter.api.Test;
import org.wangge.kernel.cli.CliTestSupport.Run;

class TraceCommandTest {

    @Test
    void the_text_matrix_lists_articles_constraints_rules_and_parameters() {
        Run r = wangge("trace");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Art. 1 第一条 Purpose").contains("(no constraint)")
                .contains("Art. 13 第十三条 What grid workers shall not do").contains("ZG-13-02")
                .containsPattern("rule art13-[a-z-]+\\.drl:\\d+").contains("parameter pi.export.max")
                .contains("Art. 24 第二十四条");
        assertThat(r.out().indexOf("Art. 7 第七条")).isLessThan(r.out().indexOf("Art. 13 第十三条"));
    }

    @Test
    void the_markdown_matrix_is_a_table() {
        Run r = wangge("trace", "--format", "md");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("| Article | Constraint | Severity | Basis | Requirement | Rules | Parameters |")
                .containsPattern("\\| ZG-08-01 \\| WARNING \\| TEXT \\|")
                .containsPattern("\\| ZG-13-02 \\| VIOLATION \\| INDICATOR,TEXT \\|") // issue 11: the basis of each constraint
                .containsPattern("\\| ZG-14-01 \\| WARNING \\| POLICY \\|");
    }

    @Test
    void an_unknown_format_is_bad_input() {
        Run r = wangge("trace", "--format", "csv").assertNoStackTrace();
        assertThat(r.code()).isEqualTo(2);
    }
}
