package org.wangge.spring.boot.autoconfigure.internal;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.beans.factory.ObjectProvider;
import org.wangge.kernel.process.WanggeProcesses;
import org.wangge.kernel.rules.RulePackInfo;
import org.wangge.spring.boot.autoconfigure.RulePackStatus;

/**
 * {@code /actuator/health/wangge}: up when a rule pack is loaded, the last reload (if any) succeeded and the
 * process engine (if configured) answers; details: packs, hash, last reload, engine. Not API.
 */
public final class WanggeHealthIndicator extends AbstractHealthIndicator {

    private final RulePackStatus rules;
    private final ObjectProvider<WanggeProcesses> processes;

    /**
     * @param rules     the rule pack status
     * @param processes the processes, when configured
     */
    public WanggeHealthIndicator(RulePackStatus rules, ObjectProvider<WanggeProcesses> processes) {
        super("the Wangge health check failed");
        this.rules = rules;
        this.processes = processes;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean up = !rules.packs().isEmpty();
        builder.withDetail("packs", rules.packs().stream().map(RulePackInfo::toString).toList());
        builder.withDetail("packs.loaded", rules.packs().size());
        if (!rules.packs().isEmpty()) {
            RulePackInfo first = rules.packs().get(rules.packs().size() - 1);
            builder.withDetail("pack.name", first.name()).withDetail("pack.version", first.version());
        }
        builder.withDetail("pack.hash", rules.hash());
        builder.withDetail("pack.source", rules.directory() != null ? rules.directory().toString() : "built-in");
        RulePackStatus.Reload reload = rules.lastReload();
        if (reload != null) {
            builder.withDetail("lastReload.at", reload.at().toString()).withDetail("lastReload.succeeded", reload.succeeded());
            if (!reload.succeeded()) {
                builder.withDetail("lastReload.error", reload.error());
                up = false;
            }
        }
        WanggeProcesses p = processes.getIfAvailable();
        if (p != null) {
            try {
                long deployments = p.processEngine().getRepositoryService().createDeploymentQuery()
                        .deploymentName(WanggeProcesses.DEPLOYMENT_NAME).count();
                builder.withDetail("processEngine", deployments > 0 ? "up" : "no deployment");
                up &= deployments > 0;
            } catch (RuntimeException e) {
                builder.withDetail("processEngine", "down: " + e.getMessage());
                up = false;
            }
        }
        if (up) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
