package org.wangge.kernel.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wangge.kernel.io.report.ReportLanguage;
import org.wangge.kernel.rules.RuleProblem;

/**
 * A lint problem in the words of the command line. The place (file:line:column, or file.drl.xlsx!Sheet1!C28) is kept
 * as it is; in Chinese the message of the most frequent kinds (unknown field, wrong table value, forbidden word, missing
 * metadata, bad TOML, unknown key, duplicate) is said in Chinese, with the names, values and suggestions unchanged; any
 * other message stays in English.
 */
final class LintText {

    private record Phrase(Pattern english, String chinese) {
    }

    private static final List<Phrase> ZH = List.of(
            new Phrase(Pattern.compile("^no field (\"[^\"]*\") on (\\w+); did you mean (\"[^\"]*\")\\?(.*)$", Pattern.DOTALL),
                    "$2 没有字段 $1；您是否要写 $3？$4"),
            new Phrase(Pattern.compile("^no field (\"[^\"]*\") on (\\w+)(.*)$", Pattern.DOTALL), "$2 没有字段 $1$3"),
            new Phrase(Pattern.compile("^(\"[^\"]*\") is not a (\\w+); did you mean ([^?]+)\\?(.*)$", Pattern.DOTALL),
                    "$1 不是有效的 $2；您是否要写 $3？$4"),
            new Phrase(Pattern.compile("^(\"[^\"]*\") is not a (\\w+)(.*)$", Pattern.DOTALL), "$1 不是有效的 $2$3"),
            new Phrase(Pattern.compile("^(\"[^\"]*\") is not allowed in rule files(.*)$", Pattern.DOTALL), "规则文件中不允许使用 $1$2"),
            new Phrase(Pattern.compile("^rule (\"[^\"]*\") lacks (@\\w+)(.*)$", Pattern.DOTALL), "规则 $1 缺少 $2$3"),
            new Phrase(Pattern.compile("^not valid TOML: (.*)$", Pattern.DOTALL), "不是有效的 TOML：$1"),
            new Phrase(Pattern.compile("^unknown key (\"[^\"]*\")(.*)$", Pattern.DOTALL), "未知的键 $1$2"),
            new Phrase(Pattern.compile("^(.*) is declared twice(.*)$", Pattern.DOTALL), "$1 重复声明$2"));

    private LintText() {
    }

    static String line(RuleProblem p, CliMessages msg) {
        String all = p.toString();
        if (msg.language == ReportLanguage.EN || !all.endsWith(p.message())) {
            return all;
        }
        String place = all.substring(0, all.length() - p.message().length());
        return place + message(p.message());
    }

    /** @return the message in Chinese when its kind is known, else as it is */
    static String message(String english) {
        for (Phrase ph : ZH) {
            Matcher m = ph.english().matcher(english);
            if (m.matches()) {
                String s = m.replaceFirst(ph.chinese());
                s = s.replaceAll("\\s*\\(fields of (\\w+): ([^)]*)\\)", "（$1 的字段：$2）");
                return s.replaceAll("\\s*\\(valid: ([^)]*)\\)", "（有效值：$1）");
            }
        }
        return english;
    }
}
