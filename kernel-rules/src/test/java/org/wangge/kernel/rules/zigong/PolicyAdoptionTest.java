package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.model.grid.GridChange;
import org.wangge.kernel.model.grid.GridChangeKind;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.AppliedPolicy;
import org.wangge.kernel.rules.Basis;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RuleProblem;
import org.wangge.kernel.rules.Severity;

/**
 * Issue 11 point 2: a POLICY finding is a WARNING saying the limit is local (时限为本地设定) unless every parameter it
 * rests on records the local normative document that adopted it; then it is a VIOLATION citing the article and that
 * document. Shown on ZG-07-03 (filing.grace.days, policy default 30 days): a change effective 2025-05-01, unfiled on
 * 2025-06-30, a month past its grace.
 */
class PolicyAdoptionTest extends RuleTestSupport {

    private static final GridChange UNFILED = new GridChange("C-9", GridChangeKind.ADJUSTMENT, Set.of(CompliantCity.COMMUNITY_GRID),
            CompliantCity.ZLJ_AGENCY, LocalDate.of(2025, 5, 1), null, null, "调整边界");
    private static final String GRACE_BLOCK = "name = \"filing.grace.days\"\n";

    @TempDir
    Path dir;

    @Test
    void ZG_07_03_on_a_policy_default_nobody_adopted_is_a_warning_saying_the_limit_is_local() {
        Finding f = unfiled(ENGINE);
        assertThat(f.basis()).isEqualTo(Basis.POLICY);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.appliedPolicies()).extracting(AppliedPolicy::key, AppliedPolicy::value, AppliedPolicy::adopted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("filing.grace.days", "30", false));
        assertThat(f.messageZh()).contains("时限为本地设定（备案宽限期：30日），尚无地方规范性文件确定。");
        assertThat(f.messageEn()).contains("The limit is set locally (filing grace: 30 days)");
        assertThat(f.consequence()).isNull();
    }

    @Test
    void ZG_07_03_on_a_grace_adopted_by_a_local_document_is_a_violation_citing_article_and_document() throws IOException {
        RuleEngine adopted = RuleEngine.fromDirectory(packWithGraceAdopted("自网格办发〔2024〕3号", "2024-03-01"));
        Finding f = unfiled(adopted);
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(f.restsOnAdoptedPolicy()).isTrue();
        assertThat(f.appliedPolicies()).singleElement().satisfies(p -> {
            assertThat(p.adoptedBy()).isEqualTo("自网格办发〔2024〕3号");
            assertThat(p.adoptedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        });
        assertThat(f.messageZh()).contains("《自贡市城乡社会治理网格化服务管理办法》第七条第二款")
                .contains("时限（备案宽限期：30日）依据自网格办发〔2024〕3号（2024年3月1日）确定。").doesNotContain("本地设定");
        assertThat(f.messageEn()).contains("was adopted by 自网格办发〔2024〕3号 on 1 March 2024");
        // POLICY findings never carry an Art. 22 consequence, adopted or not
        assertThat(f.consequence()).isNull();
    }

    @Test
    void ZG_07_03_a_document_adopted_after_the_change_took_effect_leaves_it_a_warning() throws IOException {
        RuleEngine late = RuleEngine.fromDirectory(packWithGraceAdopted("自网格办发〔2025〕7号", "2025-05-02"));
        Finding f = unfiled(late);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.messageZh()).contains("时限为本地设定");
    }

    @Test
    void an_adoption_without_its_date_or_with_a_malformed_number_is_refused_with_its_line() throws IOException {
        Path pack = exported();
        Path params = pack.resolve("parameters.toml");
        String text = Files.readString(params, StandardCharsets.UTF_8)
                .replace(GRACE_BLOCK, GRACE_BLOCK + "adopted-by = \"自网格办发〔2024〕3号\"\n")
                .replace("name = \"pay.grace.days\"\n", "name = \"pay.grace.days\"\nadopted-by = \"our decision\"\nadopted-on = 2024-03-01\n")
                .replace("name = \"grid.size.households.min\"\n", "name = \"grid.size.households.min\"\nadopted-by = \"自网格办发〔2024〕3号\"\nadopted-on = 2024-03-01\n");
        Files.writeString(params, text, StandardCharsets.UTF_8);
        List<RuleProblem> problems = RuleEngine.lint(pack);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("parameters.toml");
            assertThat(p.line()).isEqualTo(lineOf(text, "adopted-by = \"自网格办发〔2024〕3号\"\nlabel-zh = \"备案宽限期\""));
            assertThat(p.message()).contains("give both adopted-by").contains("adopted-on");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(lineOf(text, "adopted-by = \"our decision\""));
            assertThat(p.message()).contains("is not a document number like 自网格办发〔2024〕3号");
        });
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("grid.size.households.min")
                .contains("the text itself gives").contains("needs no local adoption"));
    }

    private Finding unfiled(RuleEngine engine) {
        List<Finding> findings = engine.check(CompliantCity.with(UNFILED), CompliantCity.AS_OF).findings("ZG-07-03").stream()
                .filter(f -> f.subject().id().equals("C-9")).toList();
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    private Path exported() {
        RuleEngine.exportBuiltInPack(dir);
        return dir;
    }

    private Path packWithGraceAdopted(String number, String on) throws IOException {
        Path pack = exported();
        Path params = pack.resolve("parameters.toml");
        String text = Files.readString(params, StandardCharsets.UTF_8);
        Files.writeString(params, text.replace(GRACE_BLOCK, GRACE_BLOCK + "adopted-by = \"" + number + "\"\nadopted-on = " + on + "\n"),
                StandardCharsets.UTF_8);
        return pack;
    }

    /** @return the 1-based line where the (possibly multi-line) needle starts */
    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertThat(at).as(needle).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
