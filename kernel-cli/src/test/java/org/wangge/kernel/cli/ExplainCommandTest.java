package org.wangge.kernel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.cli.CliTestSupport.wangge;

import org.junit.jupiter.api.Test;
import org.wangge.kernel.cli.CliTestSupport.Run;

class ExplainCommandTest {

    @Test
    void explains_ZG_13_02_with_the_whole_article_its_rules_and_parameters() {
        Run r = wangge("explain", "ZG-13-02");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("ZG-13-02").contains("Art. 13(2)").contains("第十三条第二项")
                .contains("**第十三条** 网格员不得有下列行为：").contains("（一）泄露国家秘密、商业秘密；")
                .contains("（二）非法收集、使用、加工传输他人个人信息").contains("（六）其他违法违规行为。")
                .contains("What grid workers shall not do").contains("pi.export.max")
                .containsPattern("art13-[a-z-]+\\.drl:\\d+");
        assertThat(r.out()).doesNotContain("第十四条");
    }

    @Test
    void lower_case_ids_are_accepted() {
        assertThat(wangge("explain", "zg-07-03").out()).contains("第七条").contains("filing.grace");
    }

    @Test
    void an_unknown_id_is_one_line_naming_it_and_the_valid_form() {
        Run r = wangge("explain", "ZG-99-01").assertNoStackTrace();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("ZG-99-01").contains("ZG-AA-NN");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void a_malformed_id_is_bad_input() {
        Run r = wangge("explain", "13-02").assertNoStackTrace();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("13-02").contains("ZG-AA-NN");
    }
}
