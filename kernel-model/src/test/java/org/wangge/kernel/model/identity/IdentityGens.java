package org.wangge.kernel.model.identity;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of valid identifiers, built from shrinkable parts. */
final class IdentityGens {

    /** Address codes used for ID numbers: Zigong's six counties and a few elsewhere. */
    static final List<String> AREAS = List.of("510302", "510303", "510304", "510311", "510321", "510322",
            "110105", "440305", "650102", "810000", "510000", "530100");

    private IdentityGens() {
    }

    /** Valid 18-character resident ID numbers born 1900-01-01 .. 2030-12-31. */
    static Gen<String> residentIdNumbers() {
        long first = LocalDate.of(1900, 1, 1).toEpochDay();
        long last = LocalDate.of(2030, 12, 31).toEpochDay();
        return Generate.pick(AREAS).zip(Generate.longRange(first, last), integers().between(0, 999),
                (area, day, sequence) -> {
                    LocalDate birth = LocalDate.ofEpochDay(day);
                    String first17 = area + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
                            birth.getDayOfMonth()) + String.format("%03d", sequence);
                    return first17 + ResidentIdNumber.checkCharacterFor(first17);
                });
    }

    /** Valid unified social credit codes, any characters of the set where the standard allows. */
    static Gen<String> socialCreditCodes() {
        List<Character> charset = new ArrayList<>();
        for (char c : UnifiedSocialCreditCode.CHARSET.toCharArray()) {
            charset.add(c);
        }
        Gen<Character> chars = Generate.pick(charset);
        Gen<String> nine = Generate.intArrays(Generate.constant(9), integers().between(0, 30))
                .map(indexes -> {
                    StringBuilder s = new StringBuilder();
                    for (int i : indexes) {
                        s.append(UnifiedSocialCreditCode.CHARSET.charAt(i));
                    }
                    return s.toString();
                });
        Gen<String> divisions = Generate.pick(List.of("510302", "510303", "510304", "510311", "510321", "510322",
                "510300", "100000", "110105", "440305"));
        return chars.zip(chars, divisions, nine, (authority, type, division, organisation) -> {
            String first17 = "" + authority + type + division + organisation;
            return first17 + UnifiedSocialCreditCode.checkCharacterFor(first17);
        });
    }

    /** Valid village-level statistical division codes in the given counties. */
    static Gen<String> villageCodes(List<String> counties) {
        return Generate.pick(counties).zip(integers().between(1, 999), integers().between(1, 999),
                (county, township, village) -> county + String.format("%03d%03d", township, village));
    }

    /** Valid codes of the default grid scheme in the given counties. */
    static Gen<String> gridCodes(List<String> counties) {
        return villageCodes(counties).zip(integers().between(1, 999),
                (village, serial) -> village + String.format("%03d", serial));
    }
}
