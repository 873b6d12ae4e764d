/**
 * A deterministic generator of a synthetic Zigong-like city: the six real districts and counties with
 * their GB/T 2260 codes, synthetic townships, communities, villages, grids, workers, the matter list,
 * cases, personal-information access records and everything else the Measures speak of, at a chosen
 * scale and seed, with a chosen rate of injected breaches per constraint so that the findings a check
 * must give are known in advance.
 *
 * <p>Start with {@link org.wangge.kernel.testkit.generator.CityGenerator#builder()}. All personal data is
 * synthetic (valid check digits, recognisably fake phone numbers).
 */
package org.wangge.kernel.testkit.generator;
