package org.corridoratlas.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.corridoratlas.geodata.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real answers on the repository's data, compared as JSON trees with src/test/resources/golden/. After a
 * deliberate change of the data or the API, rewrite them with {@code mvn test -Dtest=GoldenResponsesTest
 * -Dgolden.update=true} and review the diff. The server's address and the time stamp are masked.
 */
class GoldenResponsesTest {
  static final Path DIR = Path.of("src/test/resources/golden");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<Arguments> queries() {
    return Stream.of(
        Arguments.of("ogcapi-crossings-2021-06-01.json",
            "/ogcapi/collections/crossings/items?limit=5&datetime=2021-06-01"),
        Arguments.of("ogcapi-railways-prk-page-2.json",
            "/ogcapi/collections/railways/items?country=PRK&limit=2&offset=2"),
        Arguments.of("ogcapi-collection-ports.json", "/ogcapi/collections/ports"),
        Arguments.of("api-search-sinuiju.json", "/api/search?q=sinuiju&limit=5"),
        Arguments.of("api-corridors.json", "/api/corridors"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("queries")
  void answer_equals_the_golden_file(String file, String path) throws Exception {
    HttpResponse<String> response = TestServer.get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode actual = Json.MAPPER.readTree(response.body().replace(TestServer.base(), "http://atlas.test"));
    if (actual instanceof ObjectNode object && object.has("timeStamp")) {
      object.put("timeStamp", "(masked)");
    }
    Path golden = DIR.resolve(file);
    if (UPDATE || !Files.exists(golden)) {
      Files.createDirectories(DIR);
      Files.writeString(golden, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
      Assumptions.abort("wrote " + golden + "; review and commit it");
    }
    assertThat(actual).as("differs from " + golden + " (rewrite with -Dgolden.update=true if intended)")
        .isEqualTo(Json.MAPPER.readTree(Files.readString(golden)));
  }
}
