/**
 * The rules API: check a {@link org.wangge.kernel.model.snapshot.CitySnapshot} against the Measures
 * with a {@link org.wangge.kernel.rules.RuleEngine} and read the {@link org.wangge.kernel.rules.Finding}s
 * of its {@link org.wangge.kernel.rules.CheckReport}, each citing its constraint and article.
 */
package org.wangge.kernel.rules;
