package org.wangge.spring.boot.autoconfigure.internal;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.wangge.kernel.process.Actor;
import org.wangge.kernel.process.ActorRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.wangge.spring.boot.autoconfigure.WanggeActorResolver;

/** The default {@link WanggeActorResolver} when Spring Security is present: the principal's name. Not API. */
public final class SecurityActorResolver implements WanggeActorResolver {

    /** The authority prefix of a grid a worker serves. */
    public static final String GRID = "GRID:";
    /** The authority prefix of the department, jurisdiction or agency a department, operator or agency acts for. */
    public static final String ACTS_FOR = "ACTS_FOR:";

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

    @Override
    public Actor actor(String requested) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        String name = resolve(requested);
        Set<ActorRole> roles = EnumSet.noneOf(ActorRole.class);
        Set<String> grids = new LinkedHashSet<>();
        Set<String> actsFor = new LinkedHashSet<>();
        for (GrantedAuthority a : auth.getAuthorities()) {
            String g = a.getAuthority();
            if (g == null) {
                continue;
            }
            if (g.startsWith("ROLE_")) {
                for (ActorRole r : ActorRole.values()) {
                    if (r != ActorRole.SYSTEM && g.equals("ROLE_" + r.name())) { // a principal is never the system actor
                        roles.add(r);
                    }
                }
            } else if (g.startsWith(GRID)) {
                grids.add(g.substring(GRID.length()));
            } else if (g.startsWith(ACTS_FOR)) {
                actsFor.add(g.substring(ACTS_FOR.length()));
            }
        }
        if (roles.size() != 1) {
            throw new ActorRefusedException("the caller " + name + " has " + (roles.isEmpty() ? "none" : "more than one") + " of the roles "
                    + "ROLE_GRID_WORKER, ROLE_PLATFORM_OPERATOR, ROLE_DEPARTMENT, ROLE_GRID_AGENCY: give it exactly one", true);
        }
        ActorRole role = roles.iterator().next();
        try {
            return new Actor(name, role, role == ActorRole.GRID_WORKER ? grids : actsFor);
        } catch (org.wangge.kernel.process.InvalidInputException e) {
            throw new ActorRefusedException(e.getMessage() + " (authorities " + GRID + "<gridId>)", true);
        }
    }
}
