package org.coproduce.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** The HTTP APIs of one node, as a client sees them: HTTP Basic, JSON in and out. */
final class Api {

  static final ObjectMapper JSON = new ObjectMapper();

  record Response(int status, String body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("Not JSON (" + status + "): " + body, e);
      }
    }

    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private final AppNode node;
  /** One client (and connection pool) per Api: after a node is killed, use a new Api for its restart. */
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .version(HttpClient.Version.HTTP_1_1).build();

  Api(AppNode node) {
    this.node = node;
  }

  AppNode node() {
    return node;
  }

  Response get(String user, String password, String path) {
    return call(user, password, "GET", path, null, Map.of());
  }

  /** One request; throws IOException when the node does not answer (it may have been killed). */
  Response send(String user, String password, String method, String path, Object body, Map<String, String> headers)
      throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
        .timeout(Duration.ofSeconds(60));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    headers.forEach(request::header);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  Response call(String user, String password, String method, String path, Object body, Map<String, String> headers) {
    try {
      return send(user, password, method, path, body, headers);
    } catch (IOException e) {
      throw new AssertionError(method + " " + node.name() + path + " got no answer: " + e + "\n" + node.tail(), e);
    }
  }

  /** Engine REST variables: {@code {"name": {"value": ...}}}. */
  static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
    return Map.of("variables", variables);
  }
}
