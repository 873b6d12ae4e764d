package org.wangge.spring.boot.autoconfigure.internal;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.wangge.spring.boot.autoconfigure.WanggeActorResolver;

/** The default {@link WanggeActorResolver} when Spring Security is present: the principal's name. Not API. */
public final class SecurityActorResolver implements WanggeActorResolver {

    @Override
    public String resolve(String requested) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return WanggeActorResolver.fromRequest().resolve(requested);
        }
        String name = auth.getName();
        if (requested != null && !requested.isBlank() && !requested.equals(name)) {
            throw new ActorRefusedException("the caller is signed in as " + name + " and cannot act as " + requested
                    + "; leave \"actor\" out or name yourself", true);
        }
        return name;
    }
}
