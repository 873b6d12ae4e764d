package org.wangge.kernel.model.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.identity.DivisionCode;
import org.wangge.kernel.model.identity.MobileNumber;
import org.wangge.kernel.model.identity.PersonName;
import org.wangge.kernel.model.identity.ResidentIdNumber;
import org.wangge.kernel.model.identity.UnifiedSocialCreditCode;

class SyntheticIdentitiesTest {

    @Test
    void the_same_seed_gives_the_same_identities() {
        assertThat(SyntheticIdentities.residentIdNumber(new Random(5)))
                .isEqualTo(SyntheticIdentities.residentIdNumber(new Random(5)));
        assertThat(SyntheticIdentities.socialCreditCode(new Random(5)))
                .isEqualTo(SyntheticIdentities.socialCreditCode(new Random(5)));
        assertThat(SyntheticIdentities.chineseName(new Random(5)))
                .isEqualTo(SyntheticIdentities.chineseName(new Random(5)));
    }

    @Test
    void generated_identities_are_valid_and_synthetic_looking() {
        Random random = new Random(2024);
        IntStream.range(0, 500).forEach(i -> {
            ResidentIdNumber id = SyntheticIdentities.residentIdNumber(random);
            assertThat(id.addressCode().isZigongCounty()).isTrue();
            assertThat(ResidentIdNumber.isValid(id.unmasked())).isTrue();
            assertThat(UnifiedSocialCreditCode.isValid(SyntheticIdentities.socialCreditCode(random).value())).isTrue();
            MobileNumber mobile = SyntheticIdentities.mobileNumber(random);
            assertThat(mobile.unmasked()).matches("1\\d\\d0000\\d{4}");
            assertThat(SyntheticIdentities.landline(random).unmasked()).startsWith("0813-5550");
            PersonName name = SyntheticIdentities.chineseName(random);
            assertThat(name.unmasked()).hasSizeBetween(2, 3);
        });
    }

    @Test
    void an_id_number_carries_the_requested_area_and_birth_date() {
        LocalDate birth = LocalDate.of(1988, 2, 29);

        ResidentIdNumber id = SyntheticIdentities.residentIdNumber(new Random(1), DivisionCode.RONG_COUNTY, birth);

        assertThat(id.addressCode()).isEqualTo(DivisionCode.RONG_COUNTY);
        assertThat(id.birthDate()).isEqualTo(birth);
    }
}
