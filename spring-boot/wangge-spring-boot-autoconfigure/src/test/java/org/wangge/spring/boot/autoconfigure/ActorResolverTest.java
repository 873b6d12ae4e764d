package org.wangge.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.wangge.spring.boot.autoconfigure.internal.SecurityActorResolver;

/** The documented mapping of callers to actors. */
class ActorResolverTest {

    private final WanggeActorResolver resolver = new SecurityActorResolver();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_signed_in_principal_is_the_actor_and_cannot_act_as_another() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("OP-1", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_PLATFORM_OPERATOR"))));
        assertThat(resolver.resolve(null)).isEqualTo("OP-1");
        assertThat(resolver.resolve("OP-1")).isEqualTo("OP-1");
        assertThatThrownBy(() -> resolver.resolve("OP-2")).isInstanceOf(WanggeActorResolver.ActorRefusedException.class)
                .hasMessageContaining("signed in as OP-1 and cannot act as OP-2")
                .satisfies(e -> assertThat(((WanggeActorResolver.ActorRefusedException) e).authenticated()).isTrue());
    }

    @Test
    void without_a_principal_the_request_names_the_actor_or_is_refused() {
        assertThat(resolver.resolve("W-1")).isEqualTo("W-1");
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("k", "anonymous",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        assertThat(resolver.resolve("W-1")).isEqualTo("W-1");
        assertThatThrownBy(() -> resolver.resolve(" ")).isInstanceOf(WanggeActorResolver.ActorRefusedException.class)
                .hasMessageContaining("names no actor");
        assertThat(WanggeActorResolver.fromRequest().resolve("ORG-ZLJ-PSB")).isEqualTo("ORG-ZLJ-PSB");
    }

    @Test
    void a_signed_in_principal_maps_to_an_actor_by_its_role_and_grids() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("W-1", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_GRID_WORKER"), new SimpleGrantedAuthority("GRID:G-1"), new SimpleGrantedAuthority("GRID:G-2"))));
        org.wangge.kernel.process.Actor w = resolver.actor(null);
        assertThat(w.role()).isEqualTo(org.wangge.kernel.process.ActorRole.GRID_WORKER);
        assertThat(w.actsFor()).containsExactlyInAnyOrder("G-1", "G-2");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("W-2", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_GRID_WORKER"))));
        assertThatThrownBy(() -> resolver.actor(null)).isInstanceOf(WanggeActorResolver.ActorRefusedException.class);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("ORG-1", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_DEPARTMENT"))));
        assertThat(resolver.actor(null).actsFor("ORG-1")).isTrue();
        SecurityContextHolder.clearContext();
        assertThat(resolver.actor("W-1")).isNull();
        assertThat(WanggeActorResolver.fromRequest().actor("W-1")).isNull();
    }
}
