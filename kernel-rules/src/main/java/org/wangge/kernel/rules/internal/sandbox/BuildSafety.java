package org.wangge.kernel.rules.internal.sandbox;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.wangge.kernel.rules.RuleProblem;
import org.wangge.kernel.rules.internal.PackSource;

/**
 * What must hold before a pack is even compiled. The Drools build evaluates the values of metadata annotations
 * ({@code @name(value)}) as expressions while it compiles (the attack suite saw a file written by
 * {@code @evil(FileUtils.getFile(..).mkdirs())} during lint), so every annotation value of rules and declared types,
 * in rule files and in the rules decision tables generate, must be a plain literal: a string without escapes, a
 * number, {@code true}/{@code false}, or a bare word. Anything else is refused before the build starts.
 */
public final class BuildSafety {

    private static final Pattern LITERAL = Pattern.compile("\"[^\"\\\\]*\"|-?\\d+(\\.\\d+)?|true|false|[A-Za-z_][A-Za-z0-9_]*");

    private BuildSafety() {
    }

    /**
     * @param source the pack
     * @return a problem for each annotation value that is not a plain literal
     */
    public static List<RuleProblem> check(PackSource source) {
        List<RuleProblem> out = new ArrayList<>();
        for (String file : source.files().keySet()) {
            boolean table = file.endsWith(".drl.csv") || file.endsWith(".drl.xlsx");
            if (!file.endsWith(".drl") && !table) {
                continue;
            }
            String drl;
            try {
                drl = table ? new SpreadsheetCompiler().compile(new ByteArrayInputStream(source.files().get(file)),
                        file.endsWith(".csv") ? InputType.CSV : InputType.XLS) : source.text(file);
            } catch (RuntimeException e) {
                continue; // the build reports a table it cannot read
            }
            PackageDescr pkg;
            try {
                DrlParser parser = new DrlParser();
                pkg = parser.parse(false, drl);
                if (parser.hasErrors() || pkg == null) {
                    continue; // the build reports the syntax errors, and evaluates nothing of a file it cannot parse
                }
            } catch (DroolsParserException | RuntimeException e) {
                continue;
            }
            for (RuleDescr rule : pkg.getRules()) {
                check(file, drl, table, rule.getName(), rule, out);
            }
            for (TypeDeclarationDescr type : pkg.getTypeDeclarations()) {
                check(file, drl, table, null, type, out);
                for (TypeFieldDescr field : type.getFields().values()) {
                    check(file, drl, table, null, field, out);
                }
            }
        }
        return out;
    }

    private static void check(String file, String text, boolean table, String rule, AnnotatedBaseDescr descr, List<RuleProblem> out) {
        Collection<AnnotationDescr> annotations = descr.getAnnotations();
        for (AnnotationDescr a : annotations) {
            for (Object value : a.getValueMap().values()) {
                String v = String.valueOf(value).strip();
                if (!LITERAL.matcher(v).matches()) {
                    int line = a.getLine();
                    int column = a.getColumn() + 1;
                    if (table) { // the generated DRL's lines mean nothing to the analyst: give the rule's row
                        line = rowOf(rule);
                        column = 0;
                    } else if (line <= 0) { // the parser keeps no position for annotations: the first place it is written
                        int[] at = BuildErrors.position(text, text.indexOf("@" + a.getName()));
                        line = at[0];
                        column = at[1];
                    }
                    out.add(new RuleProblem(file, Math.max(line, 0), Math.max(column, 0), "metadata @" + a.getName() + "("
                            + (v.length() > 80 ? v.substring(0, 80) + "…" : v) + ") is not a plain value: metadata must be a string "
                            + "without escapes (\"Art. 7 ¶1\"), a number, true/false or a bare word, because the rule compiler "
                            + "evaluates anything else as code, which rules may not run (docs/security.md)"));
                }
            }
        }
    }

    private static int rowOf(String rule) {
        if (rule == null) {
            return 0;
        }
        int cut = rule.lastIndexOf('_');
        try {
            return cut > 0 ? Integer.parseInt(rule.substring(cut + 1)) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
