package org.wangge.kernel.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wangge.kernel.io.report.ReportLanguage;
import org.wangge.kernel.rules.RuleProblem;

/**
 * A lint problem in the words of the command line. The place (file:line:column, or file.drl.xlsx!Sheet1!C28) is kept
 * as it is; in Chinese the message of the most frequent kinds (unknown field, wrong table value, forbidden word, missing
 * metadata, bad TOML, unknown key, duplicate, missing or unreadable file, bad date, a reform's unknown parameter,
 * table or rule file, with their "did you mean" and "known" tails) is said in Chinese, with the names, values and suggestions unchanged; any
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
            new Phrase(Pattern.compile("^(.*) is declared twice(.*)$", Pattern.DOTALL), "$1 重复声明$2"),
            new Phrase(Pattern.compile("^missing (\"[^\"]*\")$"), "缺少 $1"),
            new Phrase(Pattern.compile("^cannot read: (.*)$", Pattern.DOTALL), "无法读取：$1"),
            new Phrase(Pattern.compile("^cannot read (\\S+): (.*)$", Pattern.DOTALL), "无法读取 $1：$2"),
            new Phrase(Pattern.compile("^no such file (.*)$"), "文件不存在：$1"),
            new Phrase(Pattern.compile("^no such reform file$"), "改革文件不存在"),
            new Phrase(Pattern.compile("^is a directory, not a file$"), "是文件夹，不是文件"),
            new Phrase(Pattern.compile("^unknown entry (\"[^\"]*\"): the file holds only \\[\\[parameter]] and \\[\\[table]] blocks$"),
                    "未知的条目 $1：该文件只能包含 [[parameter]] 块和 [[table]] 块"),
            new Phrase(Pattern.compile("^unknown entry (\"[^\"]*\")(.*)$", Pattern.DOTALL), "未知的条目 $1$2"),
            new Phrase(Pattern.compile("^([\\w.-]+) (\"[^\"]*\") is not a date like ([0-9-]+)$"), "$1 的取值 $2 不是日期，应写成 $3 的形式"),
            new Phrase(Pattern.compile("^parameter (\\S+) has two values effective from ([0-9-]+): give the new value a later effective-from$"),
                    "参数 $1 有两个自 $2 起生效的取值：新取值的 effective-from 应晚于原取值"),
            new Phrase(Pattern.compile("^key (\\S+) is given twice \\(first on line (\\d+)\\)$"), "键 $1 重复出现（首次出现在第 $2 行）"),
            new Phrase(Pattern.compile("^the base pack has no parameter (\"[^\"]*\")(.*)$", Pattern.DOTALL), "基准规则包中没有参数 $1$2"),
            new Phrase(Pattern.compile("^the base pack has no table (\\S+?)(;.*| \\(.*)?$", Pattern.DOTALL), "基准规则包中没有决策表 $1$2"),
            new Phrase(Pattern.compile("^the base pack has no rule file (\\S+?)(;.*| \\(.*)?$", Pattern.DOTALL), "基准规则包中没有规则文件 $1$2"),
            new Phrase(Pattern.compile("^the pack has no constraints\\.tsv: .*$"), "规则包中没有 constraints.tsv：每个规则包都须有约束目录"),
            new Phrase(Pattern.compile("^the pack has no messages\\.tsv: .*$"), "规则包中没有 messages.tsv：每项约束的提示语模板（键、中文、英文）都在该文件中"),
            new Phrase(Pattern.compile("^the pack has no labels\\.tsv: .*$"), "规则包中没有 labels.tsv：枚举值的中文和英文名称（键、中文、英文）都在该文件中"),
            new Phrase(Pattern.compile("^the pack has no (\\S+)$"), "规则包中没有 $1"),
            new Phrase(Pattern.compile("^the pack holds no rule files \\(\\*\\.drl, \\*\\.drl\\.csv, \\*\\.drl\\.xlsx\\)$"),
                    "规则包中没有规则文件（*.drl、*.drl.csv、*.drl.xlsx）"),
            new Phrase(Pattern.compile("^the reform changes nothing: add \\[\\[parameter]], \\[\\[rule-file]] or \\[\\[table-row]] blocks$"),
                    "改革文件未作任何修改：请添加 [[parameter]]、[[rule-file]] 或 [[table-row]] 块"));

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
                s = s.replaceAll("; did you mean `([^`]*)`\\?", "；您是否要写 `$1`？");
                s = s.replaceAll("\\s*\\(known: ([^)]*)\\)$", "（已有：$1）");
                return s.replaceAll("\\s*\\(valid: ([^)]*)\\)", "（有效值：$1）");
            }
        }
        return english;
    }
}
