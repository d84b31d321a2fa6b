package nl.samenspel.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A plain HTTP client for API tests: real requests over a socket, nothing mocked in between. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String token;

    private Api(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    public static Api at(String baseUrl) {
        return new Api(baseUrl, null);
    }

    public static Api at(int port) {
        return at("http://localhost:" + port);
    }

    public Api as(String bearerToken) {
        return new Api(baseUrl, bearerToken);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** Any method, with a JSON body when {@code json} is not null. */
    public Response send(String method, String path, String json) {
        return send(method, path, json, Map.of());
    }

    /** Any method, with these headers and a JSON body when {@code json} is not null. */
    public Response send(String method, String path, String json, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path);
        headers.forEach(builder::header);
        if (json == null) {
            return send(builder.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        return send(builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response postWithHeader(String path, String json, String header, String value, String contentType) {
        return send(request(path).header(header, value).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Status, content type and body of one response. */
    public record Response(int status, String contentType, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (status " + status + "): " + body, e);
            }
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
