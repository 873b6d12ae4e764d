package org.wangge.kernel.io.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.worker.GridWorker;

/** Error messages about a snapshot file never show a raw personal value: the file is data, reports are not. */
class SnapshotPrivacyTest {

    private static final String BAD_MOBILE = "1391234567";          // ten digits
    private static final String BAD_ID = "51030219900101123X";      // wrong check character
    private static final String BAD_LANDLINE = "12345678901234567890";
    private static final String LONG_NAME = "欧阳".repeat(30);       // longer than 50 characters

    private static SnapshotFileException failure(String yaml) {
        SnapshotFileException e = catchThrowableOfType(SnapshotFileException.class,
                () -> SnapshotFiles.read(new StringReader(yaml), "people.yaml"));
        assertThat(e).as("reading should fail").isNotNull();
        return e;
    }

    @Test
    void invalid_personal_values_are_reported_masked_at_their_fields() {
        SnapshotFileException e = failure("""
                format: wangge-snapshot/1
                jurisdiction: '510300'
                asOf: 2025-06-30
                workers:
                  - id: W-1
                    name: %s
                    idNumber: %s
                    phone: %s
                    employment: FULL_TIME
                    serviceFrom: 2024-02-01
                notices:
                  - id: N-1
                    gridId: G-1
                    postedById: ORG-1
                    postedOn: 2024-02-04
                    workers:
                      - {workerId: W-1, name: {surname: 欧阳}, landline: '%s'}
                """.formatted(LONG_NAME, BAD_ID, BAD_MOBILE, BAD_LANDLINE));
        List<FileProblem> problems = e.problems();
        assertThat(problems).extracting(FileProblem::field).containsExactly(
                "workers[0].name", "workers[0].idNumber", "workers[0].phone",
                "notices[0].workers[0].name", "notices[0].workers[0].landline");
        assertThat(problems.get(0).message()).startsWith("PersonName.value = \"欧*");
        assertThat(problems.get(2).message()).startsWith("MobileNumber.value = ");
        assertThat(problems.get(3).message()).isEqualTo("must be text (a PersonName), not a mapping");
        for (String raw : List.of(BAD_MOBILE, BAD_ID, BAD_LANDLINE, LONG_NAME, "欧阳")) {
            assertThat(e.getMessage()).doesNotContain(raw);
            assertThat(problems).allSatisfy(p -> assertThat(p.toString()).doesNotContain(raw));
        }
    }

    @Test
    void valid_personal_values_of_a_file_with_other_problems_never_appear_in_the_messages() {
        CitySnapshot city = RichCity.snapshot();
        String yaml = SnapshotFiles.toYaml(city)
                .replace("employment: FULL_TIME", "employment: FULLTIME")
                .replace("gridId: G-COMM-1,", "gridId: G-NOWHERE,");
        SnapshotFileException e = failure(yaml);
        assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(3);
        for (GridWorker w : city.workers()) {
            assertThat(e.getMessage()).doesNotContain(w.name().unmasked(), w.idNumber().unmasked(), w.phone().unmasked());
        }
        assertThat(e.getMessage()).doesNotContain(RichCity.VOLUNTEER_MOBILE, RichCity.VOLUNTEER_NAME, RichCity.NOTICE_LANDLINE);
    }

    @Test
    void a_syntax_error_never_quotes_the_offending_line() {
        SnapshotFileException e = failure("format: wangge-snapshot/1\nworkers:\n  - name: \"" + "张三" + "\n    phone: 13912345678\n");
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("not valid YAML or JSON"));
        assertThat(e.getMessage()).doesNotContain("13912345678", "张三");
    }
}
