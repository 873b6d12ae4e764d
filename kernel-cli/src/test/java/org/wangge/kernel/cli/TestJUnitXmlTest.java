package org.wangge.kernel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.cli.CliTestSupport.wangge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wangge.kernel.cli.CliTestSupport.Run;
import org.wangge.kernel.model.testdata.CompliantCity;

/** {@code wangge test --junit FILE}: JUnit XML a CI server reads, parsed back. */
class TestJUnitXmlTest {

    @TempDir
    static Path dir;

    static Path suite;

    @BeforeAll
    static void files() throws IOException {
        CliTestSupport.write(CompliantCity.snapshot(), dir.resolve("compliant-city.yaml"));
        suite = Files.createDirectories(dir.resolve("suite"));
        Files.writeString(suite.resolve("art08.scenarios.yaml"), String.join("\n",
                "snapshot: ../compliant-city.yaml",
                "scenarios:",
                "  - name: ZG-08-01 a community grid of 260 households and 700 residents is too small",
                "    given:",
                "      patch: { grids: { G-COMM-1: { households: 260, residents: 700 } } }",
                "    expect:",
                "      findings: [ { constraint: ZG-08-01, subject: G-COMM-1, severity: WARNING } ]",
                "  - name: the compliant city has no findings <& \"quoted\">",
                "    expect:",
                "      findings: []",
                "      only: true",
                ""), StandardCharsets.UTF_8);
        Files.writeString(suite.resolve("art12.scenarios.yaml"), String.join("\n",
                "snapshot: ../compliant-city.yaml",
                "scenarios:",
                "  - name: expects a finding that does not come",
                "    expect:",
                "      findings: [ { constraint: ZG-12-01, subject: G-COMM-1 } ]",
                ""), StandardCharsets.UTF_8);
    }

    static Document parse(Path xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(xml.toFile());
    }

    @Test
    void one_testcase_per_scenario_and_a_failing_scenario_is_a_failure_with_the_diff() throws Exception {
        Path xml = dir.resolve("junit.xml");
        Run r = wangge("test", suite.toString(), "--junit", xml.toString()).assertNoStackTrace();
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).contains("wrote " + xml + " (JUnit XML, 3 testcases, 1 failures)");
        Document doc = parse(xml);
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("3");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);
        Element art08 = (Element) suites.item(0);
        assertThat(art08.getAttribute("name")).endsWith("suite.art08");
        assertThat(art08.getAttribute("tests")).isEqualTo("2");
        assertThat(art08.getAttribute("failures")).isEqualTo("0");
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(3);
        Element first = (Element) cases.item(0);
        assertThat(first.getAttribute("classname")).endsWith("suite.art08").doesNotContain("/").doesNotContain("yaml");
        assertThat(first.getAttribute("name")).isEqualTo("ZG-08-01 a community grid of 260 households and 700 residents is too small");
        assertThat(Double.parseDouble(first.getAttribute("time"))).isPositive();
        assertThat(((Element) cases.item(1)).getAttribute("name")).isEqualTo("the compliant city has no findings <& \"quoted\">");
        assertThat(first.getElementsByTagName("failure").getLength()).isZero();
        Element failing = (Element) cases.item(2);
        assertThat(failing.getAttribute("classname")).endsWith("suite.art12");
        NodeList failures = failing.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(1);
        Element failure = (Element) failures.item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("art12.scenarios.yaml:3: 1 missing: ZG-12-01 on G-COMM-1");
        assertThat(failure.getTextContent()).contains("FAIL art12.scenarios.yaml:3 expects a finding that does not come")
                .contains("MISSING").contains("came:");
        assertThat(doc.getElementsByTagName("property").getLength()).isEqualTo(4);
    }

    @Test
    void all_passing_gives_no_failure_and_exit_0() throws Exception {
        Path xml = dir.resolve("pass.xml");
        Run r = wangge("test", suite.resolve("art08.scenarios.yaml").toString(), "--junit", xml.toString());
        assertThat(r.code()).isZero();
        Document doc = parse(xml);
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(2);
        assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void an_unwritable_junit_file_is_bad_input_before_running() {
        Run r = wangge("test", suite.toString(), "--junit", dir.resolve("no/such/dir/junit.xml").toString()).assertNoStackTrace();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("cannot write").contains("no such directory");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void class_names_are_dotted_paths_without_the_extension() {
        assertThat(JUnitXml.className(Path.of("scenarios/art08-grid-size.scenarios.yaml"))).isEqualTo("scenarios.art08-grid-size");
        assertThat(JUnitXml.className(Path.of("../x/v1.2.scenarios.yml"))).isEqualTo("x.v1_2");
        assertThat(JUnitXml.clean("a\u0001b\u0000c")).isEqualTo("abc");
    }
}
