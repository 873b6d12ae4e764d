package org.wangge.kernel.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.testdata.CompliantCity;

class HtmlReportTest {

    private static final Pattern EXTERNAL = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:|//)");

    @Test
    void is_one_self_contained_page() {
        String html = new HtmlReport(ReportLanguage.EN, DistrictResolver.none()).render(SampleReports.synthetic());
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").endsWith("</html>\n");
        assertThat(EXTERNAL.matcher(html).find()).isFalse();
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("<script").doesNotContain("<link")
                .doesNotContain("<img").doesNotContain("@import");
    }

    @Test
    void escapes_everything() {
        String html = new HtmlReport(ReportLanguage.EN, DistrictResolver.none()).render(SampleReports.synthetic());
        assertThat(html).contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")
                .contains("personal information &lt;b&gt; &amp; more").doesNotContain("<b>");
        assertThat(html).doesNotContain(SampleReports.ID_NUMBER).doesNotContain(SampleReports.MOBILE);
        assertThat(HtmlReport.esc("<a href='x'>&\"")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&quot;");
    }

    @Test
    void summarises_by_article_and_by_district() {
        var city = SampleReports.smallGridCity();
        String html = new HtmlReport(ReportLanguage.ZH, DistrictResolver.of(city, CompliantCity.AS_OF)).render(SampleReports.smallGridReport());
        assertThat(html).contains("按条款汇总").contains("按区县汇总").contains("Art. 8 第八条").contains("510302 自流井区")
                .contains("ZG-08-01");
    }

    @Test
    void an_unknown_district_is_a_dash() {
        String html = new HtmlReport(ReportLanguage.EN, DistrictResolver.none()).render(SampleReports.synthetic());
        assertThat(html).contains("<td>—</td>").contains("By district");
    }
}
