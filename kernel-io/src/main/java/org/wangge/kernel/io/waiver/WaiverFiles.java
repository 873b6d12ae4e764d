package org.wangge.kernel.io.waiver;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.wangge.kernel.io.report.PersonalDataMask;
import org.wangge.kernel.io.report.Waiver;
import org.wangge.kernel.io.snapshot.FileNode;
import org.wangge.kernel.io.snapshot.FileProblem;
import org.wangge.kernel.io.snapshot.SnapshotFileException;
import org.wangge.kernel.io.snapshot.SnapshotFiles;

/**
 * Reads waiver files (豁免文件), YAML (or JSON) through the same parser and limits as snapshot files:
 *
 * <pre>
 * waivers:
 *   - constraint: ZG-08-01            # a constraint ID of the pack's catalogue
 *     subject: G-COMM-1               # the subject's id, or "*" for every subject (of the district, when given)
 *     district: "510302"              # optional: only findings whose subject is in this county (GB/T 2260)
 *     justification: old town grid; the merger with G-COMM-2 is approved for 2026
 *     approvedBy: 自流井区网格化服务管理中心
 *     approvedOn: 2025-03-01
 *     expiresOn: 2026-06-30           # the last day the waiver holds
 * </pre>
 *
 * Every problem of a file is reported, not only the first, each at its {@code file:line:column} and field
 * ({@code waivers[2].expiresOn}): unknown or missing keys, values that are not dates, constraint IDs the catalogue
 * does not know (with the nearest known one), an approval after the expiry, and a waiver given twice (the same
 * constraint, subject and district). Values are echoed masked ({@link PersonalDataMask}); who approved is never
 * echoed.
 */
public final class WaiverFiles {

    /** The subject that stands for every subject. */
    public static final String EVERY_SUBJECT = "*";

    private static final Pattern CONSTRAINT_ID = Pattern.compile("ZG-\\d{2}-\\d{2}");
    private static final Pattern LOOSE_ID = Pattern.compile("(?i)\\s*zg[-_ ]?(\\d{1,2})[-_ ](\\d{1,2})\\s*");
    private static final Set<String> FILE_KEYS = new LinkedHashSet<>(List.of("waivers", "description"));
    private static final Set<String> WAIVER_KEYS = new LinkedHashSet<>(List.of("constraint", "subject", "district", "justification",
            "approvedBy", "approvedOn", "expiresOn"));
    private static final List<String> REQUIRED = List.of("constraint", "subject", "justification", "approvedBy", "approvedOn", "expiresOn");

    private WaiverFiles() {
    }

    /**
     * @param file             a waiver file ({@code .yaml}, {@code .yml} or {@code .json})
     * @param knownConstraints the constraint IDs of the pack's catalogue
     * @return its waivers, in file order, each with its {@code file:line:column} as source
     * @throws WaiverFileException listing every problem
     */
    public static List<Waiver> read(Path file, Collection<String> knownConstraints) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new WaiverFileException(List.of(new FileProblem(name, 0, 0, "", "no such waiver file")));
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, name, knownConstraints);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new WaiverFileException(List.of(new FileProblem(name, 0, 0, "", "cannot read: " + e.getMessage())));
        }
    }

    /**
     * @param reader           the text; not closed
     * @param sourceName       the name problems and sources carry
     * @param knownConstraints the constraint IDs of the pack's catalogue
     * @return the waivers, in file order
     * @throws WaiverFileException listing every problem
     */
    public static List<Waiver> read(Reader reader, String sourceName, Collection<String> knownConstraints) {
        Objects.requireNonNull(knownConstraints, "knownConstraints");
        FileNode root;
        try {
            root = SnapshotFiles.compose(reader, sourceName);
        } catch (SnapshotFileException e) {
            throw new WaiverFileException(e.problems());
        }
        List<FileProblem> problems = new ArrayList<>();
        if (!(root instanceof FileNode.Mapping rootMap)) {
            throw new WaiverFileException(List.of(at(sourceName, root, "", "a waiver file is a mapping with a `waivers:` list, e.g.\n"
                    + "  waivers:\n    - constraint: ZG-08-01\n      subject: G-COMM-1\n      justification: …\n"
                    + "      approvedBy: …\n      approvedOn: 2025-03-01\n      expiresOn: 2026-06-30")));
        }
        FileNode.Sequence list = null;
        duplicateKeys(sourceName, rootMap, "", problems);
        for (FileNode.Entry e : rootMap.entries()) {
            if (!FILE_KEYS.contains(e.name())) {
                problems.add(at(sourceName, e.key(), masked(e.name()), "unknown key" + didYouMean(e.name(), FILE_KEYS)));
            } else if (e.name().equals("waivers")) {
                if (e.value() instanceof FileNode.Sequence s) {
                    list = s;
                } else if (!(e.value() instanceof FileNode.Scalar sc && sc.isNull())) {
                    problems.add(at(sourceName, e.value(), "waivers", "must be a list of waivers, not " + e.value().what()));
                }
            }
        }
        if (rootMap.get("waivers") == null) {
            problems.add(at(sourceName, rootMap, "waivers", "the file has no `waivers:` list"));
        }
        Set<String> known = new TreeSet<>(knownConstraints);
        List<Waiver> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        if (list != null) {
            for (int i = 0; i < list.items().size(); i++) {
                Waiver w = waiver(sourceName, "waivers[" + i + "]", list.items().get(i), known, problems);
                if (w == null) {
                    continue;
                }
                String key = w.constraintId() + "\u0000" + w.subjectId() + "\u0000" + w.district();
                Integer first = seen.putIfAbsent(key, list.items().get(i).line());
                if (first != null) {
                    problems.add(at(sourceName, list.items().get(i), "waivers[" + i + "]", "duplicate waiver: " + w.what()
                            + " is already waived at line " + first + "; keep one (one justification and expiry per constraint, subject and district)"));
                } else {
                    out.add(w);
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(FileProblem::line).thenComparingInt(FileProblem::column));
            throw new WaiverFileException(problems);
        }
        return List.copyOf(out);
    }

    private static Waiver waiver(String file, String field, FileNode node, Set<String> known, List<FileProblem> problems) {
        if (!(node instanceof FileNode.Mapping m)) {
            problems.add(at(file, node, field, "a waiver is a mapping (constraint:, subject:, justification:, approvedBy:, approvedOn:, expiresOn:), not "
                    + node.what()));
            return null;
        }
        int before = problems.size();
        duplicateKeys(file, m, field, problems);
        for (FileNode.Entry e : m.entries()) {
            if (!WAIVER_KEYS.contains(e.name())) {
                problems.add(at(file, e.key(), field + "." + masked(e.name()), "unknown key" + didYouMean(e.name(), WAIVER_KEYS)));
            } else if (!(e.value() instanceof FileNode.Scalar)) {
                problems.add(at(file, e.value(), field + "." + e.name(), "must be a single value, not " + e.value().what()));
            }
        }
        for (String k : REQUIRED) {
            if (blank(m.get(k))) {
                problems.add(at(file, m.get(k) != null ? m.get(k) : m, field + "." + k, "missing" + hint(k)));
            }
        }
        String constraint = text(m.get("constraint"));
        if (constraint != null) {
            String c = constraint.strip();
            if (!known.contains(c)) {
                problems.add(at(file, m.get("constraint"), field + ".constraint", unknownConstraint(c, known)));
            }
        }
        String subject = text(m.get("subject"));
        String district = text(m.get("district"));
        if (district != null && !district.strip().matches("\\d{6}")) {
            problems.add(at(file, m.get("district"), field + ".district", "'" + masked(district) + "' is not a county code: 6 digits (GB/T 2260), e.g. \"510302\""));
        }
        LocalDate approvedOn = date(file, field, "approvedOn", m, problems);
        LocalDate expiresOn = date(file, field, "expiresOn", m, problems);
        if (approvedOn != null && expiresOn != null && approvedOn.isAfter(expiresOn)) {
            problems.add(at(file, m.get("approvedOn"), field + ".approvedOn", "approved on " + approvedOn + ", after the waiver expires ("
                    + expiresOn + "): a waiver is approved before it ends"));
        }
        if (problems.size() > before) {
            return null;
        }
        String s = subject.strip();
        return new Waiver(constraint.strip(), s.equals(EVERY_SUBJECT) ? null : s, text(m.get("justification")).strip(), expiresOn,
                text(m.get("approvedBy")).strip(), approvedOn, district == null ? null : district.strip(),
                file + ":" + m.line() + ":" + m.column());
    }

    private static String hint(String key) {
        return switch (key) {
            case "constraint" -> ": the constraint ID waived, e.g. ZG-08-01";
            case "subject" -> ": the subject's id (a grid, a case, a worker…), or \"*\" for every subject";
            case "justification" -> ": why, in words a reviewer can judge";
            case "approvedBy" -> ": who approved the waiver";
            case "approvedOn" -> ": the day it was approved, YYYY-MM-DD";
            case "expiresOn" -> ": the last day the waiver holds, YYYY-MM-DD";
            default -> "";
        };
    }

    private static LocalDate date(String file, String field, String key, FileNode.Mapping m, List<FileProblem> problems) {
        String t = text(m.get(key));
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(t.strip());
        } catch (DateTimeParseException e) {
            problems.add(at(file, m.get(key), field + "." + key, "'" + masked(t) + "' is not a date: write it as YYYY-MM-DD, e.g. 2026-06-30"));
            return null;
        }
    }

    private static void duplicateKeys(String file, FileNode.Mapping m, String field, List<FileProblem> problems) {
        Map<String, Integer> lines = new HashMap<>();
        for (FileNode.Entry e : m.entries()) {
            Integer first = lines.putIfAbsent(e.name(), e.key().line());
            if (first != null) {
                String f = field.isEmpty() ? masked(e.name()) : field + "." + masked(e.name());
                problems.add(at(file, e.key(), f, "given twice (first at line " + first + "); keep one"));
            }
        }
    }

    private static String unknownConstraint(String id, Set<String> known) {
        String written = masked(id);
        if (!CONSTRAINT_ID.matcher(id).matches()) {
            var loose = LOOSE_ID.matcher(id);
            if (loose.matches()) {
                String fixed = String.format(Locale.ROOT, "ZG-%02d-%02d", Integer.parseInt(loose.group(1)), Integer.parseInt(loose.group(2)));
                if (known.contains(fixed)) {
                    return "'" + written + "' is not a constraint ID; did you mean `" + fixed + "`?";
                }
            }
            return "'" + written + "' is not a constraint ID: write it as ZG-AA-NN (article, number), e.g. ZG-08-01" + didYouMean(id, known);
        }
        String hint = didYouMean(id, known);
        return "unknown constraint ID " + id + " (not in the pack's catalogue)" + (hint.isEmpty() ? "; `wangge trace` lists the pack's constraints" : hint);
    }

    /**
     * @return {@code "; did you mean `x`?"} for the nearest known name (at most two edits away), or, for a constraint ID
     *         of a known article, the IDs of that article; else empty
     */
    static String didYouMean(String wrong, Collection<String> known) {
        String w = wrong.strip().toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(w, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        if (best != null && bestDistance <= Math.max(1, Math.min(2, w.length() / 3))) {
            return "; did you mean `" + best + "`?";
        }
        if (w.length() >= 5 && w.startsWith("zg-")) {
            String article = w.substring(0, 5).toUpperCase(Locale.ROOT);
            List<String> same = known.stream().filter(k -> k.startsWith(article)).sorted().toList();
            if (!same.isEmpty()) {
                return "; article " + article.substring(3) + " has " + String.join(", ", same);
            }
        }
        if (known.size() <= 12) {
            return " (allowed: " + String.join(", ", known) + ")";
        }
        return "";
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps each cost one. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static boolean blank(FileNode node) {
        return node == null || node instanceof FileNode.Scalar s && (s.isNull() || s.text().isBlank());
    }

    private static String text(FileNode node) {
        return node instanceof FileNode.Scalar s && !s.isNull() ? s.text() : null;
    }

    private static String masked(String value) {
        String m = PersonalDataMask.maskText(value);
        return m.length() > 80 ? m.substring(0, 80) + "…" : m;
    }

    private static FileProblem at(String file, FileNode node, String field, String message) {
        return node == null ? new FileProblem(file, 1, 1, field, message) : new FileProblem(node.file(), node.line(), node.column(), field, message);
    }
}
