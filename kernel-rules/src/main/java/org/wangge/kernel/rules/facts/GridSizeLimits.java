package org.wangge.kernel.rules.facts;

/**
 * The size a community grid "generally" has (Art. 8 ¶1), from the parameters in force.
 *
 * @param householdsMin fewest resident households (text: 300)
 * @param householdsMax most resident households (text: 500)
 * @param residentsMin  fewest residents counted as "about 1000"
 * @param residentsMax  most residents counted as "about 1000"
 */
public record GridSizeLimits(int householdsMin, int householdsMax, int residentsMin, int residentsMax) {

    /**
     * @param households resident households
     * @return whether the number is within the household band
     */
    public boolean householdsFit(int households) {
        return households >= householdsMin && households <= householdsMax;
    }

    /**
     * @param residents residents
     * @return whether the number is "about 1000"
     */
    public boolean residentsFit(int residents) {
        return residents >= residentsMin && residents <= residentsMax;
    }
}
