package org.wangge.spring.boot.autoconfigure;

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
 * Which roles may take which step is not checked here: that belongs to the kernel (future work, issue 15 point 3).
 */
@FunctionalInterface
public interface WanggeActorResolver {

    /**
     * @param requested the actor the request names, or null
     * @return the actor id to pass to the façade
     * @throws ActorRefusedException when the caller may not act as the requested actor, or no actor is known
     */
    String resolve(String requested);

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
