package org.wangge.spring.boot.autoconfigure;

import org.wangge.kernel.process.Actor;
import org.wangge.kernel.process.ActorRole;

/**
 * Who acts on a REST request: maps the caller to the actor id the case-handling façade takes as its
 * operator, worker or department argument, and which the audit trail records.
 *
 * <p>The default mapping ({@code wanggeActorResolver} bean, overridable):
 * <ul>
 *   <li>with Spring Security on the classpath and an authenticated caller, the actor is the principal's name
 *       ({@code Authentication.getName()}: the user name of the in-memory, JDBC or LDAP user store, the
 *       {@code sub} claim of a JWT); a request that names a different actor is refused (403);</li>
 *   <li>without Spring Security, or with an anonymous caller, the actor is the one the request names
 *       ({@code actor} in the body); a request that names none is refused (400).</li>
 * </ul>
 * <p>Who may take which step is the kernel's check ({@link org.wangge.kernel.process.CaseHandling}): {@link #actor(String)}
 * gives the caller's {@link Actor} when its role is known, and the REST API then takes every step as that actor; a step
 * the actor may not take is answered 403 (problem+json, with {@code step}, {@code case} and {@code constraint}). With
 * Spring Security, the signed-in principal's authorities say the role and what it acts for:
 * <ul>
 *   <li>{@code ROLE_GRID_WORKER}, {@code ROLE_PLATFORM_OPERATOR}, {@code ROLE_DEPARTMENT} or {@code ROLE_GRID_AGENCY}
 *       (the {@link ActorRole}; exactly one);</li>
 *   <li>{@code GRID:<gridId>} for each grid a worker serves, {@code ACTS_FOR:<id>} for a department's, operator's or
 *       agency's department / jurisdiction / agency id (a department without one acts for its own name).</li>
 * </ul>
 * A signed-in principal with none of these roles is refused (403). Without Spring Security or with an anonymous caller,
 * {@link #actor(String)} gives null: no role is known and the steps are taken as the id the request names, unchecked.
 */
@FunctionalInterface
public interface WanggeActorResolver {

    /**
     * @param requested the actor the request names, or null
     * @return the actor id to pass to the façade
     * @throws ActorRefusedException when the caller may not act as the requested actor, or no actor is known
     */
    String resolve(String requested);

    /**
     * @param requested the actor id the request names, or null
     * @return the caller as an actor with its role, or null when no role is known (the steps are then not role-checked)
     * @throws ActorRefusedException when the caller may not act as the requested actor, or has no role
     */
    default Actor actor(String requested) {
        return null;
    }

    /** The caller cannot act as the actor named. */
    final class ActorRefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean authenticated;

        /**
         * @param message       what is wrong and what to do
         * @param authenticated whether the caller is authenticated (403) or no actor is known (400)
         */
        public ActorRefusedException(String message, boolean authenticated) {
            super(message);
            this.authenticated = authenticated;
        }

        /** @return whether the caller is authenticated, as someone else */
        public boolean authenticated() {
            return authenticated;
        }
    }

    /** @return the mapping without Spring Security: the actor the request names */
    static WanggeActorResolver fromRequest() {
        return requested -> {
            if (requested == null || requested.isBlank()) {
                throw new ActorRefusedException("the request names no actor: give \"actor\" (the operator, worker or department id)", false);
            }
            return requested;
        };
    }
}
