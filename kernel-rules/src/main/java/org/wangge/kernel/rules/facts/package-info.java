/**
 * Facts rule files read and write besides the model: the check date, the jurisdiction, derived
 * facts (definitions the articles use) and {@link org.wangge.kernel.rules.facts.Breach}, which
 * constraint rules insert. Analysts' rule files may use this package, the model and basic
 * java.lang, java.time and java.util — nothing else.
 */
package org.wangge.kernel.rules.facts;
