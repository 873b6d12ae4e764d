package org.wangge.spring.boot.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.wangge.kernel.process.WanggeProcesses;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.spring.boot.autoconfigure.internal.SecurityActorResolver;
import org.wangge.spring.boot.autoconfigure.internal.SpringTransactions;
import org.wangge.spring.boot.autoconfigure.internal.WanggeHealthIndicator;
import org.wangge.spring.boot.autoconfigure.internal.WanggeMetrics;

/**
 * The Wangge kernel as beans: the {@link RuleEngine} (built-in pack or {@code wangge.rules.directory}, reloaded on
 * change when asked), {@link WanggeChecks}, {@link WanggeProcesses} on the application's {@code DataSource} and
 * transaction manager with its tables in {@code wangge.process.schema}, a health indicator and Micrometer meters.
 * Every bean gives way to one of the application's own.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@EnableConfigurationProperties(WanggeProperties.class)
public class WanggeAutoConfiguration {

    /**
     * @param properties the settings
     * @return the rule engine: compiled once at start, thread-safe, shared
     */
    @Bean
    @ConditionalOnMissingBean
    public RuleEngine wanggeRuleEngine(WanggeProperties properties) {
        var dir = properties.getRules().getDirectory();
        return dir == null ? RuleEngine.zigong() : RuleEngine.fromDirectory(dir);
    }

    /**
     * @param engine     the rule engine
     * @param properties the settings
     * @return what the health indicator reports of the rule pack
     */
    @Bean
    @ConditionalOnMissingBean
    public RulePackStatus wanggeRulePackStatus(RuleEngine engine, WanggeProperties properties) {
        return new RulePackStatus(engine, properties.getRules().getDirectory());
    }

    /**
     * @param engine    the rule engine
     * @param listeners the listeners told of every check (the metrics, when Micrometer is present)
     * @return measured checks
     */
    @Bean
    @ConditionalOnMissingBean
    public WanggeChecks wanggeChecks(RuleEngine engine, ObjectProvider<WanggeChecks.Listener> listeners) {
        var all = listeners.orderedStream().toList();
        return new WanggeChecks(engine, all.isEmpty() ? null : (report, nanos) -> all.forEach(l -> l.checked(report, nanos)));
    }

    /**
     * @param status     the rule pack status
     * @param properties the settings
     * @return the watcher that reloads a changed rule directory
     */
    @Bean
    @ConditionalOnProperty(name = "wangge.rules.reload-on-change", havingValue = "true")
    @ConditionalOnMissingBean(name = "wanggeRuleReloader")
    public RuleReloader wanggeRuleReloader(RulePackStatus status, WanggeProperties properties) {
        if (status.directory() == null) {
            throw new IllegalStateException("wangge.rules.reload-on-change=true needs wangge.rules.directory: the built-in pack never changes");
        }
        return new RuleReloader(status, properties.getRules().getReloadInterval().toMillis());
    }

    /** Looks for changed rule files every interval and reloads them (see {@link RulePackStatus#reloadIfChanged()}). */
    public static final class RuleReloader implements DisposableBean {
        private final ScheduledExecutorService timer;

        RuleReloader(RulePackStatus status, long intervalMillis) {
            this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "wangge-rule-reloader");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(() -> {
                try {
                    status.reloadIfChanged();
                } catch (RuntimeException e) {
                    // an unreadable directory: tried again next round; the health indicator shows the last reload
                }
            }, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
        }

        @Override
        public void destroy() {
            timer.shutdownNow();
        }
    }

    /** The processes on the application's DataSource and transaction manager. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({DataSource.class, TransactionAwareDataSourceProxy.class, PlatformTransactionManager.class})
    @ConditionalOnBean(DataSource.class)
    @ConditionalOnProperty(name = "wangge.process.enabled", havingValue = "true", matchIfMissing = true)
    static class Processes {

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        WanggeProcesses wanggeProcesses(RuleEngine rules, DataSource dataSource, ObjectProvider<PlatformTransactionManager> transactions,
                WanggeProperties properties) {
            WanggeProperties.Process p = properties.getProcess();
            WanggeProcesses.Builder b = WanggeProcesses.builder().rules(rules).zone(p.getZone()).asyncExecutor(p.isAsyncExecutor())
                    .engineName(p.getEngineName()).databaseSchema(p.getSchema())
                    .history(p.getHistory() == null ? org.wangge.kernel.process.ProcessHistory.AUDIT : p.getHistory());
            PlatformTransactionManager manager = transactions.getIfUnique();
            if (manager != null) {
                b.dataSource(new TransactionAwareDataSourceProxy(dataSource), new SpringTransactions(manager));
            } else {
                b.dataSource(dataSource);
            }
            if (p.getOperators() != null && !p.getOperators().isEmpty()) {
                for (int i = 0; i < p.getOperators().size(); i++) {
                    String id = p.getOperators().get(i);
                    if (id == null || id.isBlank()) {
                        throw new IllegalStateException("wangge.process.operators[" + i + "] is blank: give each platform operator's id"
                                + " (or remove the entry)");
                    }
                }
                b.operators(p.getOperators().stream().map(String::strip).toList());
            }
            if (p.getOrganisations() != null) {
                try (var in = new java.io.InputStreamReader(p.getOrganisations().getInputStream(), java.nio.charset.StandardCharsets.UTF_8)) {
                    var register = org.wangge.kernel.io.snapshot.SnapshotFiles.read(in, p.getOrganisations().getDescription());
                    b.organisations(register.organisations()).grids(register.grids());
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("cannot read wangge.process.organisations " + p.getOrganisations().getDescription()
                            + ": " + e.getMessage(), e);
                }
            }
            return b.build();
        }
    }

    /** The health indicator, with Spring Boot's health module. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class HealthConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "wanggeHealthIndicator")
        WanggeHealthIndicator wanggeHealthIndicator(RulePackStatus status, ObjectProvider<WanggeProcesses> processes) {
            return new WanggeHealthIndicator(status, processes);
        }
    }

    /** The Micrometer meters, when the application has a registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    static class MetricsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        WanggeMetrics wanggeMetrics(MeterRegistry registry, ObjectProvider<WanggeProcesses> processes) {
            WanggeMetrics metrics = new WanggeMetrics(registry);
            processes.ifAvailable(p -> metrics.bindCases(p.processEngine()));
            return metrics;
        }
    }

    /** The actor of REST requests: the Spring Security principal when present. */
    @Configuration(proxyBeanMethods = false)
    static class Actors {

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnClass(name = "org.springframework.security.core.context.SecurityContextHolder")
        WanggeActorResolver wanggeActorResolver() {
            return new SecurityActorResolver();
        }
    }

    /** Without Spring Security: the actor the request names. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("org.springframework.security.core.context.SecurityContextHolder")
    static class ActorsWithoutSecurity {

        @Bean
        @ConditionalOnMissingBean
        WanggeActorResolver wanggeActorResolver() {
            return WanggeActorResolver.fromRequest();
        }
    }
}
