package org.wangge.kernel.testkit.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.wangge.kernel.model.identity.DivisionCode;
import org.wangge.kernel.model.identity.LandlineNumber;
import org.wangge.kernel.model.identity.MobileNumber;
import org.wangge.kernel.model.identity.PersonName;
import org.wangge.kernel.model.identity.ResidentIdNumber;
import org.wangge.kernel.model.identity.UnifiedSocialCreditCode;

/**
 * Synthetic identities for the generator, copied (and adapted to {@link SplittableRandom}) from
 * kernel-model's test helper {@code SyntheticIdentities}, which is test-scope only. Everything is made up:
 * ID numbers and credit codes are random digits with a computed check character, mobile numbers carry the
 * recognisably fake middle block {@code 0000}, landlines the fake exchange {@code 5550}, names are drawn
 * from common surnames and given-name characters, place names from neutral characters.
 */
final class Synthetic {

    static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
            "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗");

    static final List<String> GIVEN_NAME_CHARACTERS = List.of(
            "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳",
            "勇", "军", "杰", "娟", "涛", "明", "超", "秀", "霞", "平",
            "刚", "桂", "英", "华", "玉", "兰", "建", "文", "红", "春");

    /** Characters for synthetic place names (townships, communities, villages). */
    static final List<String> PLACE_CHARACTERS = List.of(
            "东", "西", "南", "北", "新", "兴", "安", "和", "平", "光", "明", "华", "阳", "桥", "河",
            "山", "石", "林", "溪", "湾", "坝", "田", "井", "盐", "龙", "凤", "福", "康", "宁", "泰",
            "丰", "乐", "清", "水", "花", "园", "竹", "松", "柏", "云");

    private static final List<String> MOBILE_PREFIXES = List.of("138", "139", "150", "158", "186", "189", "199");

    private Synthetic() {
    }

    /** A resident ID number of the county, born on the day, with a random sequence and computed check character. */
    static ResidentIdNumber residentIdNumber(SplittableRandom random, DivisionCode area, LocalDate birth) {
        StringBuilder first17 = new StringBuilder(18).append(area.value()).append(birth.getYear());
        two(first17, birth.getMonthValue());
        two(first17, birth.getDayOfMonth());
        int sequence = 1 + random.nextInt(999);
        if (sequence < 100) {
            first17.append('0');
        }
        if (sequence < 10) {
            first17.append('0');
        }
        first17.append(sequence);
        String s = first17.toString();
        return ResidentIdNumber.of(s + ResidentIdNumber.checkCharacterFor(s));
    }

    /** A unified social credit code registered in the county, with a computed check character. */
    static UnifiedSocialCreditCode socialCreditCode(SplittableRandom random, DivisionCode county) {
        String charset = UnifiedSocialCreditCode.CHARSET;
        StringBuilder first17 = new StringBuilder(18)
                .append("159Y".charAt(random.nextInt(4)))
                .append("1239".charAt(random.nextInt(4)))
                .append(county.value());
        for (int i = 0; i < 9; i++) {
            first17.append(charset.charAt(random.nextInt(charset.length())));
        }
        String s = first17.toString();
        return UnifiedSocialCreditCode.of(s + UnifiedSocialCreditCode.checkCharacterFor(s));
    }

    /** A mobile number {@code 1XX0000XXXX} (fake middle block). */
    static MobileNumber mobileNumber(SplittableRandom random) {
        int tail = random.nextInt(10_000);
        StringBuilder b = new StringBuilder(11).append(MOBILE_PREFIXES.get(random.nextInt(MOBILE_PREFIXES.size())))
                .append("0000");
        if (tail < 1000) {
            b.append('0');
        }
        if (tail < 100) {
            b.append('0');
        }
        if (tail < 10) {
            b.append('0');
        }
        return MobileNumber.of(b.append(tail).toString());
    }

    /** A Zigong landline {@code 0813-5550XXX} (fake exchange). */
    static LandlineNumber landline(SplittableRandom random) {
        return LandlineNumber.of("0813-5550" + String.format("%03d", random.nextInt(1000)));
    }

    /** A Chinese name: a common surname and one or two given-name characters. */
    static PersonName chineseName(SplittableRandom random) {
        StringBuilder name = new StringBuilder(SURNAMES.get(random.nextInt(SURNAMES.size())));
        int given = 1 + random.nextInt(2);
        for (int i = 0; i < given; i++) {
            name.append(GIVEN_NAME_CHARACTERS.get(random.nextInt(GIVEN_NAME_CHARACTERS.size())));
        }
        return PersonName.of(name.toString());
    }

    /** Two place-name characters, e.g. {@code 新桥}. */
    static String placeName(SplittableRandom random) {
        return PLACE_CHARACTERS.get(random.nextInt(PLACE_CHARACTERS.size()))
                + PLACE_CHARACTERS.get(random.nextInt(PLACE_CHARACTERS.size()));
    }

    /** Three digits, zero-padded. */
    static String three(int n) {
        if (n < 10) {
            return "00" + n;
        }
        return n < 100 ? "0" + n : Integer.toString(n);
    }

    private static void two(StringBuilder b, int n) {
        if (n < 10) {
            b.append('0');
        }
        b.append(n);
    }
}
