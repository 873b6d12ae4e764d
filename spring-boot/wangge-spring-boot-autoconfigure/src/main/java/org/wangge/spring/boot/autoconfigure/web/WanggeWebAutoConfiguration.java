package org.wangge.spring.boot.autoconfigure.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;
import org.wangge.kernel.process.WanggeProcesses;
import org.wangge.spring.boot.autoconfigure.WanggeActorResolver;
import org.wangge.spring.boot.autoconfigure.WanggeAutoConfiguration;
import org.wangge.spring.boot.autoconfigure.WanggeChecks;
import org.wangge.spring.boot.autoconfigure.WanggeProperties;

/**
 * The REST API under {@code wangge.web.base-path} (default {@code /api/wangge}), when {@code wangge.web.enabled=true}:
 * checks and constraints, and case handling when the processes are configured; errors as
 * {@code application/problem+json}; bodies above {@code wangge.web.max-request-size} refused with 413.
 */
@AutoConfiguration(after = WanggeAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnProperty(name = "wangge.web.enabled", havingValue = "true")
public class WanggeWebAutoConfiguration {

    /**
     * @param checks the measured checks
     * @return the check and constraint endpoints
     */
    @Bean
    @ConditionalOnMissingBean
    public WanggeCheckController wanggeCheckController(WanggeChecks checks) {
        return new WanggeCheckController(checks);
    }

    /**
     * @param processes the processes
     * @param actors    who acts
     * @param properties the settings ({@code wangge.web.trust-request-actor})
     * @return the case-handling endpoints
     */
    @Bean
    @ConditionalOnBean(WanggeProcesses.class)
    @ConditionalOnMissingBean
    public WanggeCaseController wanggeCaseController(WanggeProcesses processes, WanggeActorResolver actors, WanggeProperties properties) {
        return new WanggeCaseController(processes.caseHandling(), actors, properties.getWeb().isTrustRequestActor());
    }

    /** The problem+json responses of each operation in the OpenAPI document, with springdoc. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.OperationCustomizer")
    static class OpenApi {

        @Bean
        @ConditionalOnMissingBean(name = "wanggeOpenApiProblems")
        org.wangge.spring.boot.autoconfigure.internal.OpenApiProblems wanggeOpenApiProblems() {
            return new org.wangge.spring.boot.autoconfigure.internal.OpenApiProblems();
        }
    }

    /** @return the problem+json answers of every error of the REST API */
    @Bean
    @ConditionalOnMissingBean
    public WanggeProblems wanggeProblems() {
        return new WanggeProblems();
    }

    /**
     * @param properties the settings
     * @return the request-size limit on the REST API's paths
     */
    @Bean
    @ConditionalOnMissingBean(name = "wanggeRequestSizeLimit")
    public FilterRegistrationBean<RequestSizeLimit> wanggeRequestSizeLimit(WanggeProperties properties) {
        WanggeProperties.Web web = properties.getWeb();
        String base = web.getBasePath().endsWith("/") ? web.getBasePath().substring(0, web.getBasePath().length() - 1) : web.getBasePath();
        FilterRegistrationBean<RequestSizeLimit> r = new FilterRegistrationBean<>(new RequestSizeLimit(web.getMaxRequestSize().toBytes()));
        r.addUrlPatterns(base + "/*");
        r.setName("wanggeRequestSizeLimit");
        return r;
    }
}
