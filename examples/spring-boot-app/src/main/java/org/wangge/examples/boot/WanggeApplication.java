package org.wangge.examples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A Spring Boot application on the Wangge starter. The starter configures the rule engine, the processes on
 * {@code spring.datasource.*} (their tables in schema {@code wangge}), the REST API under {@code /api/wangge},
 * health, metrics and the OpenAPI page; this class only says who may call.
 *
 * <p>Users (in memory, HTTP Basic; password {@code wangge} for all — a demo, not a user store): the user name is
 * the actor id, its authorities the role and what it acts for, which the starter maps to the kernel's {@code Actor}
 * ({@code WanggeActorResolver}): {@code W-1} a grid worker of G-COMM-1, {@code OP-1} a platform operator of the city
 * (510300), {@code OP-RONG} a platform operator of Rong county (510321), {@code ORG-ZLJ-AGENCY} the Ziliujing grid
 * agency, {@code ORG-ZLJ-PSB} a department (public security, Ziliujing). The kernel refuses a step the user's role,
 * grid, department or jurisdiction does not allow (403 problem+json, recorded in the case's audit trail).
 */
@SpringBootApplication
public class WanggeApplication {

    public static void main(String[] args) {
        SpringApplication.run(WanggeApplication.class, args);
    }

    /**
     * @param http the security builder
     * @return health and the OpenAPI page open; the API for signed-in users (HTTP Basic, no sessions, no CSRF token)
     * @throws Exception when Spring Security cannot build the chain
     */
    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * @return the demo users: a grid worker of G-COMM-1, platform operators of Zigong and of Rong county, the Ziliujing grid
     *         agency, a department; their authorities
     *         are what the starter maps to the kernel's Actor (a role, GRID:&lt;id&gt; per grid served, ACTS_FOR:&lt;id&gt;),
     *         so the kernel refuses a step the user's role may not take
     */
    @Bean
    UserDetailsService users() {
        var encoder = org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return new InMemoryUserDetailsManager(
                User.withUsername("W-1").password(encoder.encode("wangge")).authorities("ROLE_GRID_WORKER", "GRID:G-COMM-1").build(),
                User.withUsername("OP-1").password(encoder.encode("wangge")).authorities("ROLE_PLATFORM_OPERATOR", "ACTS_FOR:510300").build(),
                User.withUsername("OP-RONG").password(encoder.encode("wangge")).authorities("ROLE_PLATFORM_OPERATOR", "ACTS_FOR:510321").build(),
                User.withUsername("ORG-ZLJ-AGENCY").password(encoder.encode("wangge")).authorities("ROLE_GRID_AGENCY", "ACTS_FOR:ORG-ZLJ-AGENCY").build(),
                User.withUsername("ORG-ZLJ-PSB").password(encoder.encode("wangge")).authorities("ROLE_DEPARTMENT", "ACTS_FOR:ORG-ZLJ-PSB").build());
    }
}
