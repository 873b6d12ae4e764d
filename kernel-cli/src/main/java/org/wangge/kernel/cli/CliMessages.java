package org.wangge.kernel.cli;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.wangge.kernel.io.report.ReportLanguage;

/**
 * The words of the command line in the chosen language ({@code --lang zh|en}, default from the locale): the usage help
 * (picocli reads the same bundle) and the lines of errors, lint and test. The bundles are
 * {@code org/wangge/kernel/cli/messages_zh.properties} and {@code messages_en.properties} (UTF-8); a key missing from
 * Chinese falls back to English, never to the JVM's locale.
 */
final class CliMessages {

    /** The base name of the bundles. */
    static final String BUNDLE = "org.wangge.kernel.cli.messages";

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    final ReportLanguage language;
    final ResourceBundle bundle;
    private final ResourceBundle english;

    CliMessages(ReportLanguage language) {
        this.language = language;
        this.english = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, CliMessages.class.getClassLoader(), NO_FALLBACK);
        this.bundle = language == ReportLanguage.ZH
                ? ResourceBundle.getBundle(BUNDLE, Locale.CHINESE, CliMessages.class.getClassLoader(), NO_FALLBACK) : english;
    }

    /**
     * @param key  a key of the bundle ({@code msg.…})
     * @param args the values of {@code {0}}, {@code {1}}… (plain replacement, no MessageFormat quoting rules)
     * @return the text in this language, or in English when Chinese lacks the key, or the key itself
     */
    String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            try {
                text = english.getString(key);
            } catch (MissingResourceException e2) {
                text = key;
            }
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /**
     * @param w a waiver
     * @return in English {@link org.wangge.kernel.io.report.Waiver#toString()}; in Chinese the same facts (source,
     *         constraint, subject or every subject, district, last day, justification), the subject and the
     *         justification masked as there
     */
    String waiver(org.wangge.kernel.io.report.Waiver w) {
        if (language == ReportLanguage.EN) {
            return w.toString();
        }
        String subject = w.subjectId() == null ? get("msg.waiver.everySubject")
                : get("msg.waiver.subject", org.wangge.kernel.io.report.PersonalDataMask.maskText(w.subjectId()));
        String district = w.district() == null ? "" : get("msg.waiver.district", w.district());
        return (w.source() == null ? "" : w.source() + ": ") + get("msg.waiver.text", w.constraintId(), subject, district, w.expiresOn(),
                org.wangge.kernel.io.report.PersonalDataMask.maskText(w.justification()));
    }

    /**
     * The language of a command line: the value of {@code --lang} (or {@code --lang=}) when it is zh or en, else the
     * default locale's (Chinese for a {@code zh} locale, English otherwise).
     *
     * @param args the arguments
     * @return the language
     */
    static ReportLanguage of(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ("--".equals(a)) {
                break;
            }
            String value = null;
            if ("--lang".equals(a) && i + 1 < args.length) {
                value = args[i + 1];
            } else if (a.startsWith("--lang=")) {
                value = a.substring("--lang=".length());
            }
            if (value != null) {
                try {
                    return ReportLanguage.parse(value);
                } catch (IllegalArgumentException e) {
                    break; // picocli names the bad value
                }
            }
        }
        return fromLocale(Locale.getDefault());
    }

    /**
     * @param locale a locale
     * @return Chinese for a {@code zh} locale (zh_CN, zh_TW…), English otherwise
     */
    static ReportLanguage fromLocale(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? ReportLanguage.ZH : ReportLanguage.EN;
    }
}
