package org.wangge.kernel.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.testdata.CompliantCity;

class HtmlReportTest {

    /** A resource the page would load from elsewhere: src/href to a URL, a stylesheet link, an import. */
    private static final Pattern EXTERNAL = Pattern.compile("(?i)(?:src|href)\\s*=\\s*[\"']?\\s*(?:https?:|//)|<link\\b|@import|<img\\b|<iframe\\b");

    static String page(ReportLanguage lang) {
        return new HtmlReport(lang, DistrictResolver.none()).render(SampleReports.synthetic());
    }

    /** The page without its scripts and styles: what a reader sees. */
    static String visible(String html) {
        return html.replaceAll("(?s)<script\\b.*?</script>", "").replaceAll("(?s)<style>.*?</style>", "");
    }

    @Test
    void is_one_self_contained_page_with_echarts_inlined_from_the_webjar() throws java.io.IOException {
        String html = page(ReportLanguage.EN);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").endsWith("</html>\n");
        assertThat(EXTERNAL.matcher(visible(html)).find()).isFalse();
        try (var in = HtmlReportTest.class.getResourceAsStream("/org/wangge/kernel/io/report/dashboard.js")) {
            assertThat(EXTERNAL.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).find()).isFalse();
        }
        assertThat(html).doesNotContain("<script src");
        assertThat(HtmlReport.echartsVersion()).isEqualTo("5.3.1");
        assertThat(html).contains("Licensed to the Apache Software Foundation").contains("echarts.init(");
        assertThat(html.length()).isGreaterThan(1_000_000); // echarts.min.js is about 1 MB
    }

    @Test
    void escapes_everything_and_masks_personal_data() {
        String html = page(ReportLanguage.EN);
        String shown = visible(html);
        assertThat(shown).doesNotContain("<b>");
        assertThat(html).doesNotContain(SampleReports.ID_NUMBER).doesNotContain(SampleReports.MOBILE).doesNotContain("张三");
        // the data block is JSON inside a script element: no closing tag inside it
        String data = html.substring(html.indexOf("id=\"wangge-data\">"), html.indexOf("</script>", html.indexOf("id=\"wangge-data\">")));
        assertThat(data.substring(data.indexOf('>') + 1)).doesNotContain("<").contains("\\u003c/script>");
        assertThat(HtmlReport.esc("<a href='x'>&\"")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&quot;");
    }

    @Test
    void the_font_stack_names_the_cjk_fonts_of_linux_macos_and_windows() {
        assertThat(HtmlReport.FONT_STACK).contains("\"Noto Sans CJK SC\"", "\"Source Han Sans SC\"", "\"WenQuanYi Micro Hei\"",
                "\"WenQuanYi Zen Hei\"", "\"PingFang SC\"", "\"Hiragino Sans GB\"", "\"Microsoft YaHei\"").endsWith("sans-serif");
        String html = page(ReportLanguage.ZH);
        assertThat(html).contains("font-family:" + HtmlReport.FONT_STACK + ";");
        // the charts draw their text with the same stack
        assertThat(html).contains("\"fonts\":" + JsonWriter.quote(HtmlReport.FONT_STACK).strip());
    }

    @Test
    void the_chinese_page_is_wholly_chinese() throws java.io.IOException {
        var city = SampleReports.smallGridCity();
        String html = new HtmlReport(ReportLanguage.ZH, DistrictResolver.of(city, CompliantCity.AS_OF)).render(SampleReports.smallGridReport());
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/report-zh.html"), html);
        String shown = visible(html);
        assertThat(shown).contains("违规").contains("警示").contains("提示").contains("依据").contains("检查发现").contains("第八条")
                .contains("条款 × 区县").contains("《自贡市城乡社会治理网格化服务管理办法》条文");
        assertThat(englishWords(shown)).isEmpty();
        String data = html.substring(html.indexOf("id=\"wangge-data\">"), html.indexOf("</script>", html.indexOf("id=\"wangge-data\">")));
        assertThat(data).contains("\"证据\"").contains("510302 自流井区").contains("\"网格\"").doesNotContain("VIOLATION")
                .doesNotContain("WARNING");
    }

    @Test
    void the_english_page_is_wholly_english() {
        var city = SampleReports.smallGridCity();
        String html = new HtmlReport(ReportLanguage.EN, DistrictResolver.of(city, CompliantCity.AS_OF)).render(SampleReports.smallGridReport());
        String shown = visible(html);
        assertThat(shown).contains("Violation").contains("Findings").contains("Article × district").contains("The text of the Zigong Measures");
        assertThat(shown).doesNotContainPattern("\\p{IsHan}").doesNotContain("：").doesNotContain("（");
        String data = html.substring(html.indexOf("id=\"wangge-data\">"), html.indexOf("</script>", html.indexOf("id=\"wangge-data\">")));
        assertThat(data).contains("510302 Ziliujing District").contains("\"Evidence\"");
        // data of the findings: the English messages; no Chinese word outside the (masked) evidence of the synthetic report
        assertThat(data.replaceAll("\"m\":\"[^\"]*\"", "")).doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void every_cited_article_links_to_its_text_inside_the_page() {
        String html = page(ReportLanguage.ZH);
        for (int article : List.of(2, 7, 13)) {
            assertThat(html).contains("id=\"art-" + article + "\"");
        }
        assertThat(html).contains("第十三条").contains("'#art-' + f.n");
        assertThat(html).contains("@media print");
    }

    /** Latin words of 2+ letters outside identifiers (code elements) and attribute values. */
    private static List<String> englishWords(String html) {
        String text = html.replaceAll("(?s)<code[^>]*>.*?</code>", "").replaceAll("<[^>]+>", " ")
                .replaceAll("规则包 \\S+ [0-9.]+", "");
        Matcher m = Pattern.compile("[A-Za-z]{2,}").matcher(text);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
