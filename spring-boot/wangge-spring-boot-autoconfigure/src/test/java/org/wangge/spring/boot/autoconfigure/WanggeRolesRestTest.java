package org.wangge.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.wangge.kernel.process.Actor;
import org.wangge.spring.boot.autoconfigure.internal.SecurityActorResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do which step over REST: signed-in principals (an in-memory user store, mapped by the documented authorities
 * ROLE_* / GRID:* / ACTS_FOR:*) take the steps of their role; a wrong-role call is 403 problem+json naming step and case.
 */
@SpringBootTest(classes = WanggeRolesRestTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:wangge-roles;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
        "wangge.web.enabled=true", "wangge.process.async-executor=false",
        "wangge.process.organisations=classpath:our-city.yaml"})
class WanggeRolesRestTest {

    /** The users the test signs in as, with their authorities. */
    static final Map<String, List<String>> USERS = Map.of(
            "W-1", List.of("ROLE_GRID_WORKER", "GRID:G-COMM-1"),
            "OP-1", List.of("ROLE_PLATFORM_OPERATOR", "ACTS_FOR:510300"),
            "OP-RONG", List.of("ROLE_PLATFORM_OPERATOR", "ACTS_FOR:510321"),
            "ORG-ZLJ-AGENCY", List.of("ROLE_GRID_AGENCY", "ACTS_FOR:ORG-ZLJ-AGENCY"),
            "ORG-RONG-AGENCY", List.of("ROLE_GRID_AGENCY", "ACTS_FOR:ORG-RONG-AGENCY"),
            "ORG-ZLJ-PSB", List.of("ROLE_DEPARTMENT"));

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
        /** Signs the request's named user in (as a security filter would), then maps it with the starter's default mapping. */
        @Bean
        WanggeActorResolver wanggeActorResolver() {
            SecurityActorResolver mapping = new SecurityActorResolver();
            return new WanggeActorResolver() {
                @Override
                public String resolve(String requested) {
                    signIn(requested);
                    return mapping.resolve(requested);
                }

                @Override
                public Actor actor(String requested) {
                    signIn(requested);
                    return mapping.actor(requested);
                }
            };
        }

        private static void signIn(String user) {
            List<String> authorities = USERS.get(user);
            if (authorities == null) {
                SecurityContextHolder.clearContext();
                return;
            }
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, "n/a",
                    authorities.stream().map(SimpleGrantedAuthority::new).toList()));
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void a_wrong_role_call_is_403_problem_json_and_the_right_role_goes_on() throws Exception {
        String id = "ROLE-" + UUID.randomUUID();
        HttpResponse<String> collected = post("/cases", """
                {"caseId":"%s","source":"RESIDENT_DEMAND","category":"DISPUTES","gridId":"G-COMM-1","actor":"W-1",
                 "summary":"noise","report":true}""".formatted(id));
        assertThat(collected.statusCode()).as(collected.body()).isEqualTo(201);

        HttpResponse<String> workerAccepts = post("/cases/" + id + "/accept", "{\"actor\":\"W-1\"}");
        assertThat(workerAccepts.statusCode()).as(workerAccepts.body()).isEqualTo(403);
        assertThat(workerAccepts.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode p = JSON.readTree(workerAccepts.body());
        assertThat(p.get("status").asInt()).isEqualTo(403);
        assertThat(p.get("case").asString()).isEqualTo(id);
        assertThat(p.get("step").asString()).isEqualTo("accept");
        assertThat(p.get("detail").asString()).contains("only a platform operator");

        assertThat(post("/cases/" + id + "/accept", "{\"actor\":\"OP-1\"}").statusCode()).isEqualTo(200);
        assertThat(post("/cases/" + id + "/feed-back", "{\"actor\":\"OP-1\",\"result\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(post("/cases/" + id + "/assign", "{\"actor\":\"ORG-ZLJ-PSB\",\"departmentId\":\"ORG-ZLJ-PSB\"}").statusCode()).isEqualTo(403);
        assertThat(post("/cases/" + id + "/assign", "{\"actor\":\"OP-1\",\"departmentId\":\"ORG-ZLJ-PSB\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> fed = post("/cases/" + id + "/feed-back", "{\"actor\":\"ORG-ZLJ-PSB\",\"result\":\"mediated\"}");
        assertThat(fed.statusCode()).as(fed.body()).isEqualTo(200);

        HttpResponse<String> trail = http.send(HttpRequest.newBuilder(URI.create(base() + "/cases/" + id + "/audit-trail")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> actions = JSON.readTree(trail.body()).valueStream().map(e -> e.get("action").asString()).toList();
        assertThat(actions).filteredOn("REFUSED"::equals).hasSize(3);
    }

    @Test
    void an_operator_or_agency_outside_the_cases_jurisdiction_is_403_and_those_within_it_go_on() throws Exception {
        String id = "JUR-" + UUID.randomUUID();
        assertThat(post("/cases", """
                {"caseId":"%s","source":"RESIDENT_DEMAND","category":"DISPUTES","gridId":"G-COMM-1","actor":"W-1","report":true}"""
                .formatted(id)).statusCode()).isEqualTo(201);
        HttpResponse<String> rong = post("/cases/" + id + "/accept", "{\"actor\":\"OP-RONG\"}");
        assertThat(rong.statusCode()).as(rong.body()).isEqualTo(403);
        JsonNode p = JSON.readTree(rong.body());
        assertThat(p.get("step").asString()).isEqualTo("accept");
        assertThat(p.get("constraint").asString()).isEqualTo("ZG-15-01");
        assertThat(p.get("detail").asString()).contains("grid G-COMM-1 lies in 510302001001, outside its jurisdiction 510321");
        assertThat(post("/cases/" + id + "/accept", "{\"actor\":\"OP-1\"}").statusCode()).isEqualTo(200);
        assertThat(post("/cases/" + id + "/assign", "{\"actor\":\"OP-1\",\"departmentId\":\"ORG-ZLJ-PSB\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> otherAgency = post("/cases/" + id + "/supervise", "{\"actor\":\"ORG-RONG-AGENCY\",\"reason\":\"slow\"}");
        assertThat(otherAgency.statusCode()).as(otherAgency.body()).isEqualTo(403);
        assertThat(JSON.readTree(otherAgency.body()).get("detail").asString()).contains("outside its jurisdiction ORG-RONG-AGENCY = 510321");
        HttpResponse<String> agency = post("/cases/" + id + "/supervise", "{\"actor\":\"ORG-ZLJ-AGENCY\",\"reason\":\"residents called again\"}");
        assertThat(agency.statusCode()).as(agency.body()).isEqualTo(200);
        assertThat(JSON.readTree(agency.body()).get("supervisions").asInt()).isEqualTo(1);
    }

    @Test
    void a_caller_whose_role_is_not_known_is_403_unless_request_actors_are_trusted() throws Exception {
        HttpResponse<String> r = post("/cases/NO-SUCH-CASE/accept", "{\"actor\":\"SOMEONE\"}"); // not signed in: no Actor
        assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
        assertThat(JSON.readTree(r.body()).get("detail").asString()).contains("no role is known", "wangge.web.trust-request-actor");
    }

    @Test
    void a_signed_in_principal_without_a_role_is_403() throws Exception {
        SecurityContextHolder.clearContext();
        SecurityActorResolver mapping = new SecurityActorResolver();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("X-1", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_USER"))));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> mapping.actor(null))
                    .isInstanceOfSatisfying(WanggeActorResolver.ActorRefusedException.class, e -> assertThat(e.authenticated()).isTrue());
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("X-2", "n/a",
                    List.of(new SimpleGrantedAuthority("ROLE_SYSTEM")))); // a principal is never the system actor
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> mapping.actor(null))
                    .isInstanceOfSatisfying(WanggeActorResolver.ActorRefusedException.class, e -> assertThat(e.getMessage()).contains("none of the roles"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String base() {
        return "http://127.0.0.1:" + port + "/api/wangge";
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
