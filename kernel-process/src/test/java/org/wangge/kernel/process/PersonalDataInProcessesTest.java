package org.wangge.kernel.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.identity.DivisionCode;
import org.wangge.kernel.model.identity.Masking;
import org.wangge.kernel.model.testdata.SyntheticIdentities;
import org.wangge.kernel.process.support.PrivacyChild;

/**
 * Personal data in free text is masked before it reaches process variables, the audit trail, the engine's logs and
 * errors: a separate JVM with Flowable, Drools and every other logger at DEBUG puts a synthetic resident ID number
 * (valid check digit), a mobile number and a landline number into every free-text field of every process, and
 * neither its log, nor the audit trails, nor the refusals, nor any row of any table of its database holds them raw.
 */
class PersonalDataInProcessesTest {

    @Test
    void no_raw_id_number_or_phone_reaches_logs_audit_trail_history_tables_or_errors_at_debug() throws Exception {
        var random = SyntheticIdentities.random(18);
        String idNumber = SyntheticIdentities.residentIdNumber(random, DivisionCode.of("510302"), LocalDate.of(1980, 5, 17)).unmasked();
        String mobile = SyntheticIdentities.mobileNumber(random).unmasked();
        String landline = SyntheticIdentities.landline(random).unmasked();
        String text = "resident 身份证号 " + idNumber + ", 手机 " + mobile + ", 电话 " + landline;

        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug", "-Dorg.slf4j.simpleLogger.log.org.flowable=debug",
                "-Dorg.slf4j.simpleLogger.log.org.drools=debug", "-Dorg.slf4j.simpleLogger.log.org.kie=debug",
                "-Dorg.slf4j.simpleLogger.log.org.apache.ibatis=debug", "-Dorg.slf4j.simpleLogger.showLogName=true",
                PrivacyChild.class.getName(), "built-in", text)
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as("the child JVM failed:\n%s", tail(output)).isZero();
        assertThat(output).as("the child finished").contains("DONE");

        // the run really logged at DEBUG, really put the text everywhere, and really refused what it tried to break
        assertThat(output).contains("DEBUG org.flowable").contains("DEBUG org.drools");
        assertThat(output).contains("REFUSED ").doesNotContain("NOT REFUSED");
        String maskedId = Masking.maskIdNumber(idNumber);
        // hand-back, supervision, two feedbacks, on-the-spot note, consent note, investigation findings, consequence note
        assertThat(count(output, "AUDIT ", maskedId)).as("audit entries holding the masked ID number").isGreaterThanOrEqualTo(8);
        assertThat(output).contains("ROW ACT_HI_VARINST").contains(maskedId).contains(Masking.maskMobile(mobile));
        assertThat(output).contains(Masking.maskLandline(landline));

        List<String> leaks = new ArrayList<>();
        for (String raw : List.of(idNumber, mobile, landline, landline.replace("-", ""), idNumber.substring(6, 14) + idNumber.substring(14))) {
            for (String line : output.split("\n")) {
                if (line.contains(raw)) {
                    leaks.add(raw + " in: " + (line.length() > 300 ? line.substring(0, 300) + "…" : line));
                }
            }
        }
        assertThat(leaks).as("raw personal values in the child's logs, audit trails, refusals or tables").isEmpty();
    }

    private static long count(String output, String prefix, String needle) {
        return output.lines().filter(l -> l.startsWith(prefix) && l.contains(needle)).count();
    }

    private static String tail(String output) {
        return output.length() < 6000 ? output : output.substring(output.length() - 6000);
    }
}
