package org.wangge.kernel.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.rules.ConstraintDefinition;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RuleProblem;
import org.wangge.kernel.rules.internal.CatalogueReader;
import org.wangge.kernel.rules.internal.Messages;
import org.wangge.kernel.rules.internal.PackSource;

/**
 * Issue 11 point 5/8: quotation marks stand only around the article's own words, verbatim; every enum value a
 * message may name has a Chinese and an English label.
 */
class MessagesTextTest {

    private static final Path TEXT = Path.of("..", "docs", "regulation", "zigong-measures-2023.zh.md");
    private static final Pattern QUOTED = Pattern.compile("“([^”]*)”");
    private static final PackSource PACK = PackSource.classpath(RuleEngine.ZIGONG_PACK, RuleEngine.class.getClassLoader());

    private static Messages messages() {
        List<RuleProblem> problems = new ArrayList<>();
        Messages m = Messages.read(PACK.text("messages.tsv"), PACK.text("labels.tsv"), problems);
        assertThat(problems).isEmpty();
        return m;
    }

    @Test
    void every_quote_zh_and_every_quoted_span_of_a_template_is_verbatim_in_the_chinese_text() throws IOException {
        String text = Files.readString(TEXT);
        List<String> notVerbatim = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, ConstraintDefinition> catalogue = CatalogueReader.read(PACK.text("constraints.tsv"), problems);
        assertThat(problems).isEmpty();
        assertThat(catalogue).hasSize(42);
        for (ConstraintDefinition c : catalogue.values()) {
            if (!text.contains(c.quoteZh())) {
                notVerbatim.add("constraints.tsv " + c.id() + ": " + c.quoteZh());
            }
        }
        for (Messages.Entry e : messages().templates().values()) {
            if (e.quoteZh() != null && !text.contains(e.quoteZh())) {
                notVerbatim.add("messages.tsv:" + e.line() + " quote-zh: " + e.quoteZh());
            }
            Matcher m = QUOTED.matcher(e.zh());
            while (m.find()) {
                if (!text.contains(m.group(1))) {
                    notVerbatim.add("messages.tsv:" + e.line() + " " + e.key() + ": “" + m.group(1) + "”");
                }
            }
        }
        assertThat(notVerbatim).as("quoted spans that are not the Measures' own words").isEmpty();
    }

    @Test
    void a_changed_quote_is_caught() throws IOException {
        // the check itself can fail: the project's paraphrase is not a span of the text
        assertThat(Files.readString(TEXT)).doesNotContain("每个网格都由县级机构划分");
    }

    @Test
    void every_value_of_every_model_enum_has_both_labels() {
        Messages m = messages();
        List<Class<? extends Enum<?>>> enums = List.of(
                org.wangge.kernel.model.cases.VerificationOutcome.class, org.wangge.kernel.model.cases.CaseSource.class,
                org.wangge.kernel.model.cases.NonAcceptanceKind.class,
                org.wangge.kernel.model.worker.InsuranceKind.class, org.wangge.kernel.model.worker.EmploymentType.class,
                org.wangge.kernel.model.organisation.OrganisationKind.class, org.wangge.kernel.model.organisation.DepartmentKind.class,
                org.wangge.kernel.model.organisation.GovernmentLevel.class, org.wangge.kernel.model.matter.MatterCategory.class,
                org.wangge.kernel.model.matter.MatterNature.class, org.wangge.kernel.model.matter.SupportKind.class,
                org.wangge.kernel.model.conduct.ConductKind.class, org.wangge.kernel.model.conduct.Substantiation.class,
                org.wangge.kernel.model.grid.GridKind.class, org.wangge.kernel.model.grid.DedicatedPlaceKind.class,
                org.wangge.kernel.model.grid.GridStatus.class, org.wangge.kernel.model.grid.GridChangeKind.class,
                org.wangge.kernel.model.privacy.DisclosureKind.class, org.wangge.kernel.model.privacy.AccessKind.class,
                org.wangge.kernel.model.division.DivisionKind.class, org.wangge.kernel.model.notice.NoticeContent.class,
                org.wangge.kernel.model.identity.DivisionLevel.class,
                org.wangge.kernel.model.organisation.MechanismKind.class, org.wangge.kernel.model.notice.WorkerDetail.class,
                org.wangge.kernel.model.worker.PayRecord.PayKind.class);
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : enums) {
            for (Enum<?> e : type.getEnumConstants()) {
                String key = type.getSimpleName() + "." + e.name();
                String zh = m.label(key, Messages.Language.ZH);
                String en = m.label(key, Messages.Language.EN);
                if (zh == null || en == null || zh.codePoints().anyMatch(c -> c < 0x2E80 && Character.isLetter(c))) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).as("enum values without a Chinese (no Latin letters) and an English label in labels.tsv").isEmpty();
    }
}
