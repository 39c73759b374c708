package org.corridoratlas.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.corridoratlas.geodata.Json;

/** One server on the repository's data and port 0, shared by the HTTP test classes and stopped at exit. */
public final class TestServer {
  private static AtlasServer server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private TestServer() {}

  public static synchronized int port() {
    if (server == null) {
      server = new AtlasServer(RealData.atlas());
      server.start("127.0.0.1", 0);
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server.port();
  }

  public static String base() {
    return "http://127.0.0.1:" + port();
  }

  /** GET with headers given as name, value pairs; the path is sent as is (already encoded). */
  public static HttpResponse<String> get(String path, String... headers) throws Exception {
    return send("GET", path, headers);
  }

  /** GET that must answer 200, read as JSON. */
  public static JsonNode json(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return Json.MAPPER.readTree(response.body());
  }

  public static HttpResponse<String> send(String method, String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
        .method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
