package org.wangge.kernel.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wangge.kernel.rules.ConstraintDefinition;
import org.wangge.kernel.rules.ParameterDefinition;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RuleEngine.RuleInfo;
import org.wangge.kernel.rules.RulePackInfo;

/**
 * The traceability matrix of a rule pack as of a day: article → constraints → rules → parameters,
 * read from the engine's catalogue, rules and parameters.
 */
final class TraceMatrix {

    /** One article's row. */
    record Article(int number, List<Constraint> constraints, List<RuleInfo> otherRules, List<ParameterDefinition> parameters) {
    }

    /** One constraint with the rules that encode it. */
    record Constraint(ConstraintDefinition definition, List<RuleInfo> rules) {
    }

    final RulePackInfo pack;
    final Map<Integer, Article> articles;

    private TraceMatrix(RulePackInfo pack, Map<Integer, Article> articles) {
        this.pack = pack;
        this.articles = articles;
    }

    static TraceMatrix of(RuleEngine engine, LocalDate asOf, Iterable<Integer> allArticles) {
        Map<String, ConstraintDefinition> catalogue = engine.catalogue(asOf);
        List<RuleInfo> rules = engine.rules(asOf);
        List<ParameterDefinition> parameters = engine.parameters(asOf).definitions();
        Map<Integer, Article> out = new TreeMap<>();
        for (int n : allArticles) {
            out.put(n, article(n, catalogue, rules, parameters));
        }
        catalogue.values().forEach(c -> out.computeIfAbsent(c.citation().article(), n -> article(n, catalogue, rules, parameters)));
        return new TraceMatrix(engine.packInForce(asOf), out);
    }

    static Article article(int n, Map<String, ConstraintDefinition> catalogue, List<RuleInfo> rules, List<ParameterDefinition> parameters) {
        List<Constraint> constraints = new ArrayList<>();
        catalogue.values().stream().filter(c -> c.citation().article() == n)
                .sorted(Comparator.comparing(ConstraintDefinition::id))
                .forEach(c -> constraints.add(new Constraint(c,
                        rules.stream().filter(r -> c.id().equals(r.constraintId())).toList())));
        List<RuleInfo> others = rules.stream()
                .filter(r -> r.constraintId() == null && r.citation() != null && r.citation().article() == n).toList();
        List<ParameterDefinition> params = parameters.stream().filter(p -> p.citation() != null && p.citation().article() == n).toList();
        return new Article(n, constraints, others, params);
    }

    static String parameterLine(ParameterDefinition p) {
        return p.name() + " = " + p.value() + (p.unit() == null || p.unit().isBlank() ? "" : " " + p.unit())
                + " (" + p.citation() + ", " + p.source().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + ", effective from " + p.effectiveFrom() + ")";
    }

    static String ruleLine(RuleInfo r) {
        String line = r.file() + ":" + r.line() + "  \"" + r.name() + "\"";
        if (r.basis() == null) {
            return line; // a definition or table rule: no finding of its own
        }
        return line + "  [" + r.basis() + " " + r.severity()
                + (r.policies().isEmpty() ? "" : ", local limit " + String.join(", ", r.policies())) + "]";
    }
}
