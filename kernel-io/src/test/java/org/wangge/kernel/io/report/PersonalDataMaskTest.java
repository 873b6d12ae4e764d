package org.wangge.kernel.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskTest {

    @Test
    void masks_id_numbers_and_mobiles_in_text() {
        assertThat(PersonalDataMask.maskText("resident 51030219900307123X called from 13812345678."))
                .isEqualTo("resident 510302********123X called from 138****5678.");
        assertThat(PersonalDataMask.maskText("+86 138 1234 5678")).doesNotContain("1234");
    }

    @Test
    void leaves_ids_dates_and_longer_numbers_alone() {
        String plain = "G-COMM-1 on 2025-06-30, code 510302001001001, 400 households";
        assertThat(PersonalDataMask.maskText(plain)).isEqualTo(plain);
    }

    @Test
    void masks_names_after_a_name_key() {
        assertThat(PersonalDataMask.maskText("姓名：张三，电话")).isEqualTo("姓名：张*，电话");
        assertThat(PersonalDataMask.maskText("workerName=欧阳娜娜")).isEqualTo("workerName=欧***");
        assertThat(PersonalDataMask.maskText("gridName=檀木林社区")).isEqualTo("gridName=檀木林社区");
        assertThat(PersonalDataMask.maskEvidence("GridWorker", "name", "李四")).isEqualTo("李*");
        assertThat(PersonalDataMask.maskEvidence("Matter", "name", "行政处罚事项清单")).isEqualTo("行政处罚事项清单");
        assertThat(PersonalDataMask.maskEvidence("Grid", "residentName", "Wang Wu")).isEqualTo("W******");
    }
}
