package org.wangge.examples.boot;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.wangge.kernel.process.WanggeProcesses;
import org.wangge.kernel.rules.RuleEngine;

/**
 * A Spring Boot application embedding the Wangge kernel: the rule engine and the processes are beans; the
 * processes keep their state in the database that {@code spring.datasource.*} names (PostgreSQL in
 * {@code application.properties}).
 */
@SpringBootApplication
public class WanggeApplication {

    public static void main(String[] args) {
        SpringApplication.run(WanggeApplication.class, args);
    }

    /**
     * The rule engine: compiled once at start (seconds), thread-safe, shared by every request.
     *
     * @param ruleDirectory an analyst's rule directory ({@code wangge.rules.directory}), or empty for the built-in pack
     * @return the engine
     */
    @Bean
    RuleEngine ruleEngine(@Value("${wangge.rules.directory:}") String ruleDirectory) {
        return ruleDirectory.isBlank() ? RuleEngine.zigong() : RuleEngine.fromDirectory(java.nio.file.Path.of(ruleDirectory));
    }

    /**
     * The processes (case handling, grid-change filing, matter admission, misconduct) on the application's
     * database, checking with the same rule engine; timers fire by themselves (async executor on). Flowable
     * creates or updates its tables on start.
     *
     * @param rules    the rule engine
     * @param url      {@code spring.datasource.url}
     * @param user     {@code spring.datasource.username}
     * @param password {@code spring.datasource.password}
     * @return the processes, closed with the application context
     */
    @Bean(destroyMethod = "close")
    WanggeProcesses wanggeProcesses(RuleEngine rules, @Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username}") String user, @Value("${spring.datasource.password:}") String password) {
        return WanggeProcesses.builder().rules(rules).jdbc(url, user, password).asyncExecutor(true).build();
    }
}
