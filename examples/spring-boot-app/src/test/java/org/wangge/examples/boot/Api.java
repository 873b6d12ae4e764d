package org.wangge.examples.boot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the running application as curl would: HTTP Basic as one of the demo users (password wangge). */
final class Api {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    Api(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        return send(user, "GET", path, null, null);
    }

    HttpResponse<String> post(String user, String path, String type, String body) throws IOException, InterruptedException {
        return send(user, "POST", path, type, body);
    }

    /** A JSON POST as the user with the given password (e.g. a wrong one). */
    HttpResponse<String> postAs(String user, String password, String path, String body) throws IOException, InterruptedException {
        return send(user, password, "POST", path, "application/json", body);
    }

    private HttpResponse<String> send(String user, String method, String path, String type, String body) throws IOException, InterruptedException {
        return send(user, "wangge", method, path, type, body);
    }

    private HttpResponse<String> send(String user, String password, String method, String path, String type, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (type != null) {
            b.header("Content-Type", type);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
