package org.wangge.examples.boot;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Assumptions;

/** The local PostgreSQL server the tests use: 127.0.0.1:5432, user postgres (trust authentication), database test. */
final class Postgres {

    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private static boolean said;

    private Postgres() {
    }

    /** Skips the calling test, saying why, when no PostgreSQL answers on 127.0.0.1:5432. */
    static void assumeItAnswers() {
        boolean answers;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
            answers = true;
        } catch (IOException e) {
            answers = false;
        }
        if (!answers && !said) {
            said = true;
            System.err.println("[wangge] SKIPPED: no PostgreSQL answers on 127.0.0.1:5432; the Spring Boot app's PostgreSQL tests do not run");
        }
        if (!answers && Boolean.parseBoolean(System.getProperty("wangge.require.postgres",
                System.getenv().getOrDefault("WANGGE_REQUIRE_POSTGRES", "false")))) {
            throw new AssertionError("no PostgreSQL answers on 127.0.0.1:5432 but wangge.require.postgres=true (.ci/run sets it):"
                    + " the Spring Boot application's PostgreSQL tests must run; start the server or unset the property");
        }
        Assumptions.assumeTrue(answers, "no PostgreSQL answers on 127.0.0.1:5432 (user postgres, trust auth, database test):"
                + " the Spring Boot application's PostgreSQL tests are SKIPPED; WanggeApplicationH2Test still starts the app");
    }
}
