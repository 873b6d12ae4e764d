package org.wangge.kernel.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.wangge.kernel.io.report.PersonalDataMask;
import org.wangge.kernel.testkit.scenario.ExpectedFinding;
import org.wangge.kernel.testkit.scenario.ScenarioResult;
import org.wangge.kernel.testkit.scenario.ScenarioResults;

/**
 * {@code wangge test --junit FILE}: the scenario results as JUnit XML in the surefire/Ant layout a CI server reads
 * ({@code testsuites/testsuite/testcase/failure}): one {@code testsuite} per scenario file, one {@code testcase} per
 * scenario ({@code classname} the file as a dotted name, e.g. {@code suite.art08} for {@code suite/art08.scenarios.yaml},
 * {@code name} the scenario's name), a failing scenario's {@code failure} carrying what was expected and what came.
 * Written by the JDK's StAX writer (escaping), personal data masked, characters XML 1.0 cannot hold dropped.
 */
final class JUnitXml {

    private JUnitXml() {
    }

    static void write(ScenarioResults results, Path file, Instant startedAt) throws IOException {
        Map<Path, List<ScenarioResult>> byFile = new LinkedHashMap<>();
        for (ScenarioResult r : results.results()) {
            byFile.computeIfAbsent(r.scenario().file(), f -> new ArrayList<>()).add(r);
        }
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".junit-", ".xml.tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
                x.writeStartDocument("UTF-8", "1.0");
                x.writeCharacters("\n");
                x.writeStartElement("testsuites");
                x.writeAttribute("name", "wangge test");
                x.writeAttribute("tests", String.valueOf(results.results().size()));
                x.writeAttribute("failures", String.valueOf(results.failed().size()));
                x.writeAttribute("errors", "0");
                x.writeAttribute("skipped", "0");
                x.writeAttribute("time", seconds(results.results().stream().map(ScenarioResult::time).reduce(Duration.ZERO, Duration::plus)));
                for (Map.Entry<Path, List<ScenarioResult>> e : byFile.entrySet()) {
                    suite(x, e.getKey(), e.getValue(), startedAt);
                }
                x.writeCharacters("\n");
                x.writeEndElement();
                x.writeEndDocument();
                x.flush();
                x.close();
                out.write('\n');
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (XMLStreamException ex) {
            throw new IOException("cannot write JUnit XML: " + ex.getMessage(), ex);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void suite(XMLStreamWriter x, Path file, List<ScenarioResult> results, Instant startedAt) throws XMLStreamException {
        long failures = results.stream().filter(r -> !r.passed()).count();
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", className(file));
        x.writeAttribute("tests", String.valueOf(results.size()));
        x.writeAttribute("failures", String.valueOf(failures));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", "0");
        x.writeAttribute("time", seconds(results.stream().map(ScenarioResult::time).reduce(Duration.ZERO, Duration::plus)));
        x.writeAttribute("timestamp", startedAt.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ""));
        x.writeCharacters("\n    ");
        x.writeStartElement("properties");
        property(x, "file", file.toString());
        property(x, "pack", results.get(0).report().pack().identity());
        x.writeEndElement();
        for (ScenarioResult r : results) {
            x.writeCharacters("\n    ");
            x.writeStartElement("testcase");
            x.writeAttribute("classname", className(file));
            x.writeAttribute("name", clean(r.scenario().name()));
            x.writeAttribute("time", seconds(r.time()));
            if (!r.passed()) {
                x.writeCharacters("\n      ");
                x.writeStartElement("failure");
                x.writeAttribute("message", clean(summary(r)));
                x.writeAttribute("type", "ScenarioFailure");
                x.writeCharacters(clean(PersonalDataMask.maskText(r.describe())));
                x.writeEndElement();
                x.writeCharacters("\n    ");
            }
            x.writeEndElement();
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeCharacters("\n      ");
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", clean(value));
        x.writeCharacters("\n    ");
    }

    /** @return e.g. {@code 1 missing: ZG-12-01 G-COMM-1; 1 unexpected: ZG-08-01 WARNING Grid G-COMM-1} (line of the scenario first) */
    static String summary(ScenarioResult r) {
        List<String> parts = new ArrayList<>();
        if (!r.missing().isEmpty()) {
            parts.add(r.missing().size() + " missing: " + r.missing().stream().map(ExpectedFinding::toString).collect(Collectors.joining(", ")));
        }
        if (!r.unexpected().isEmpty()) {
            parts.add(r.unexpected().size() + " unexpected: " + r.unexpected().stream()
                    .map(f -> f.constraintId() + " " + f.severity() + " " + f.subject()).collect(Collectors.joining(", ")));
        }
        return PersonalDataMask.maskText(r.scenario().file().getFileName() + ":" + r.scenario().line() + ": " + String.join("; ", parts));
    }

    /** {@code suite/art08.scenarios.yaml} → {@code suite.art08}: CI servers read the dots as package and class. */
    static String className(Path file) {
        String s = file.normalize().toString().replace('\\', '/');
        s = s.replaceFirst("(?i)\\.scenarios\\.ya?ml$", "").replaceFirst("(?i)\\.ya?ml$", "");
        s = s.replaceFirst("^(\\.\\./|\\./|/)+", "");
        return clean(s.replace('.', '_').replace('/', '.'));
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9);
    }

    /** Drops the characters XML 1.0 cannot hold (control characters other than tab, newline, carriage return; lone surrogates). */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
