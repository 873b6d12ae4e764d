package org.wangge.kernel.rules.internal.sandbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.wangge.kernel.model.identity.DivisionCode;
import org.wangge.kernel.model.identity.LandlineNumber;
import org.wangge.kernel.model.identity.MobileNumber;
import org.wangge.kernel.model.identity.PersonName;
import org.wangge.kernel.model.identity.ResidentIdNumber;
import org.wangge.kernel.model.identity.StatisticalDivisionCode;
import org.wangge.kernel.model.identity.UnifiedSocialCreditCode;

/**
 * A copy of the kernel-model test fixture {@code SyntheticIdentities}, for {@link TrialCompliantCity}.
 *
 * Deterministic generators of synthetic identities for tests: the same {@link Random} seed gives the
 * same values. Everything is made up: ID numbers and credit codes are random digits with a computed
 * check character (never copied from a real person or organisation), mobile numbers have the
 * recognisably fake middle block {@code 0000}, landlines the fake exchange {@code 5550}, names are
 * drawn from common surnames and given-name characters.
 *
 * <p>Shared with other modules through kernel-model's test-jar.
 */
final class TrialSyntheticIdentities {

    /** Common surnames (百家姓, most frequent). */
    public static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
            "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗");

    /** Common given-name characters. */
    public static final List<String> GIVEN_NAME_CHARACTERS = List.of(
            "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳",
            "勇", "军", "杰", "娟", "涛", "明", "超", "秀", "霞", "平",
            "刚", "桂", "英", "华", "玉", "兰", "建", "文", "红", "春");

    private static final List<String> MOBILE_PREFIXES = List.of("138", "139", "150", "158", "186", "189", "199");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1930, 1, 1);
    private static final LocalDate LATEST_BIRTH = LocalDate.of(2015, 12, 31);

    private TrialSyntheticIdentities() {
    }

    /**
     * A random number generator for a seed (convenience for deterministic tests).
     *
     * @param seed the seed
     * @return a new {@link Random}
     */
    public static Random random(long seed) {
        return new Random(seed);
    }

    /**
     * A synthetic resident ID number with the given address code and birth date, a random sequence
     * code 001-999 and a computed check character.
     *
     * @param random the source of randomness
     * @param area   the address code
     * @param birth  the birth date, 1900 or later
     * @return the number
     */
    public static ResidentIdNumber residentIdNumber(Random random, DivisionCode area, LocalDate birth) {
        String sequence = String.format("%03d", 1 + random.nextInt(999));
        return ResidentIdNumber.of(withCheck(area.value() + birthDigits(birth) + sequence));
    }

    /**
     * A synthetic resident ID number of one of the six Zigong counties, born between 1930 and 2015.
     *
     * @param random the source of randomness
     * @return the number
     */
    public static ResidentIdNumber residentIdNumber(Random random) {
        return residentIdNumber(random, zigongCounty(random), birthDate(random));
    }

    /**
     * The 18-character string of a synthetic number whose first 17 digits are given.
     *
     * @param first17 17 digits
     * @return the digits followed by their check character
     */
    public static String withCheck(String first17) {
        return first17 + ResidentIdNumber.checkCharacterFor(first17);
    }

    /**
     * A random birth date between 1930-01-01 and 2015-12-31.
     *
     * @param random the source of randomness
     * @return the date
     */
    public static LocalDate birthDate(Random random) {
        long days = LATEST_BIRTH.toEpochDay() - EARLIEST_BIRTH.toEpochDay();
        return EARLIEST_BIRTH.plusDays((long) (random.nextDouble() * (days + 1)));
    }

    /**
     * One of the six Zigong counties.
     *
     * @param random the source of randomness
     * @return the county code
     */
    public static DivisionCode zigongCounty(Random random) {
        return DivisionCode.ZIGONG_COUNTIES.get(random.nextInt(DivisionCode.ZIGONG_COUNTIES.size()));
    }

    /**
     * A synthetic unified social credit code registered in a Zigong county: registration authority
     * 1, 5, 9 or Y; type 1, 2, 3 or 9; random organisation code; computed check character.
     *
     * @param random the source of randomness
     * @return the code
     */
    public static UnifiedSocialCreditCode socialCreditCode(Random random) {
        String charset = UnifiedSocialCreditCode.CHARSET;
        StringBuilder first17 = new StringBuilder()
                .append("159Y".charAt(random.nextInt(4)))
                .append("1239".charAt(random.nextInt(4)))
                .append(zigongCounty(random).value());
        for (int i = 0; i < 9; i++) {
            first17.append(charset.charAt(random.nextInt(charset.length())));
        }
        return UnifiedSocialCreditCode.of(first17.toString() + UnifiedSocialCreditCode.checkCharacterFor(first17.toString()));
    }

    /**
     * A synthetic mobile number {@code 1XX0000XXXX}: a common prefix, the fake middle block 0000 and
     * four random digits.
     *
     * @param random the source of randomness
     * @return the number
     */
    public static MobileNumber mobileNumber(Random random) {
        return MobileNumber.of(MOBILE_PREFIXES.get(random.nextInt(MOBILE_PREFIXES.size())) + "0000"
                + String.format("%04d", random.nextInt(10_000)));
    }

    /**
     * A synthetic Zigong landline number {@code 0813-5550XXX} (area code 0813, fake exchange 5550).
     *
     * @param random the source of randomness
     * @return the number
     */
    public static LandlineNumber landline(Random random) {
        return LandlineNumber.of("0813-5550" + String.format("%03d", random.nextInt(1000)));
    }

    /**
     * A synthetic Chinese name: a common surname followed by one or two given-name characters.
     *
     * @param random the source of randomness
     * @return the name
     */
    public static PersonName chineseName(Random random) {
        StringBuilder name = new StringBuilder(SURNAMES.get(random.nextInt(SURNAMES.size())));
        int given = 1 + random.nextInt(2);
        for (int i = 0; i < given; i++) {
            name.append(GIVEN_NAME_CHARACTERS.get(random.nextInt(GIVEN_NAME_CHARACTERS.size())));
        }
        return PersonName.of(name.toString());
    }

    /**
     * A synthetic community/village-level statistical division code in a county: township 001-199
     * and community/village 001-399.
     *
     * @param random the source of randomness
     * @param county a county-level division code
     * @return the code
     */
    public static StatisticalDivisionCode statisticalCode(Random random, DivisionCode county) {
        return StatisticalDivisionCode.of(county.value()
                + String.format("%03d", 1 + random.nextInt(199))
                + String.format("%03d", 1 + random.nextInt(399)));
    }

    /**
     * A synthetic township-level statistical division code in a county (digits 10-12 {@code 000}).
     *
     * @param random the source of randomness
     * @param county a county-level division code
     * @return the code
     */
    public static StatisticalDivisionCode townshipCode(Random random, DivisionCode county) {
        return StatisticalDivisionCode.of(county.value() + String.format("%03d", 1 + random.nextInt(199)) + "000");
    }

    private static String birthDigits(LocalDate birth) {
        return String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth());
    }
}
