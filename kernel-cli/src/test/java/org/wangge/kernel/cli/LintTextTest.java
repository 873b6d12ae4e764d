package org.wangge.kernel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 13, point 8: the rarer lint messages of a pack or a reform are said in Chinese too, names and places unchanged. */
class LintTextTest {

    @Test
    void rarer_pack_and_reform_problems_are_said_in_chinese() {
        assertThat(LintText.message("missing \"version\"")).isEqualTo("缺少 \"version\"");
        assertThat(LintText.message("parameter grid.size.households.min has two values effective from 2024-02-01: give the new value a later effective-from"))
                .isEqualTo("参数 grid.size.households.min 有两个自 2024-02-01 起生效的取值：新取值的 effective-from 应晚于原取值");
        assertThat(LintText.message("the base pack has no parameter \"grid.size.houshold.min\"; did you mean `grid.size.households.min`?"))
                .isEqualTo("基准规则包中没有参数 \"grid.size.houshold.min\"；您是否要写 `grid.size.households.min`？");
        assertThat(LintText.message("the base pack has no table routng.drl.csv (known: routing.drl.csv, star.drl.csv)"))
                .isEqualTo("基准规则包中没有决策表 routng.drl.csv（已有：routing.drl.csv, star.drl.csv）");
        assertThat(LintText.message("the base pack has no rule file zz.drl")).isEqualTo("基准规则包中没有规则文件 zz.drl");
        assertThat(LintText.message("effective-from \"2026-13-01\" is not a date like 2026-01-01"))
                .isEqualTo("effective-from 的取值 \"2026-13-01\" 不是日期，应写成 2026-01-01 的形式");
        assertThat(LintText.message("key ZG-08-01 is given twice (first on line 12)")).isEqualTo("键 ZG-08-01 重复出现（首次出现在第 12 行）");
        assertThat(LintText.message("the pack has no parameters.toml")).isEqualTo("规则包中没有 parameters.toml");
        assertThat(LintText.message("the pack has no constraints.tsv: every pack needs its constraint catalogue"))
                .isEqualTo("规则包中没有 constraints.tsv：每个规则包都须有约束目录");
        assertThat(LintText.message("the reform changes nothing: add [[parameter]], [[rule-file]] or [[table-row]] blocks"))
                .isEqualTo("改革文件未作任何修改：请添加 [[parameter]]、[[rule-file]] 或 [[table-row]] 块");
        assertThat(LintText.message("unknown entry \"paramter\": the file holds only [[parameter]] and [[table]] blocks"))
                .isEqualTo("未知的条目 \"paramter\"：该文件只能包含 [[parameter]] 块和 [[table]] 块");
        assertThat(LintText.message("no such file extra/zz.drl")).isEqualTo("文件不存在：extra/zz.drl");
        assertThat(ChineseOnlyTest.englishSentence(LintText.message("the pack holds no rule files (*.drl, *.drl.csv, *.drl.xlsx)"))).isNull();
    }

    @Test
    void an_unknown_kind_of_message_stays_as_it_is() {
        assertThat(LintText.message("something new went wrong")).isEqualTo("something new went wrong");
    }
}
