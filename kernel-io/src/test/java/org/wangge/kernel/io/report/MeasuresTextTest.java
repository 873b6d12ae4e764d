package org.wangge.kernel.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeasuresTextTest {

    private final MeasuresText text = MeasuresText.zigong();

    @Test
    void parses_all_24_chinese_articles_whole() {
        assertThat(text.articles()).hasSize(24).first().isEqualTo(1);
        assertThat(text.chinese(13)).get().asString().startsWith("**第十三条** 网格员不得有下列行为：")
                .contains("（二）非法收集、使用、加工传输他人个人信息").endsWith("（六）其他违法违规行为。");
        assertThat(text.chinese(24)).get().asString().contains("2024 年 2 月 1 日起施行");
        assertThat(text.chinese(18)).get().asString().contains("¶2 专职网格员").doesNotContain("page header");
        assertThat(text.chinese(25)).isEmpty();
    }

    @Test
    void parses_the_english_catalogue_sections() {
        assertThat(text.titleEn(13)).contains("What grid workers shall not do");
        assertThat(text.english(13)).get().asString().contains("ZG-13-02").doesNotContain("## Art. 14");
        assertThat(text.english(1)).get().asString().contains("Declaratory");
    }

    @Test
    void chinese_numerals() {
        assertThat(MeasuresText.chineseArticle(7)).isEqualTo("第七条");
        assertThat(MeasuresText.chineseArticle(10)).isEqualTo("第十条");
        assertThat(MeasuresText.chineseArticle(24)).isEqualTo("第二十四条");
        assertThat(MeasuresText.parseChineseNumeral("二十四")).isEqualTo(24);
        assertThat(MeasuresText.parseChineseNumeral("十三")).isEqualTo(13);
    }
}
