package org.corridoratlas.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridoratlas.geodata.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real OGC API client against the running server: GDAL's OAPIF driver must list every collection with the
 * feature count the server reports as numberMatched, and copy every collection to a GeoPackage in full
 * (following the next links). Skipped where GDAL is not installed (CI installs gdal-bin).
 */
class GdalClientTest {

  @TempDir
  Path tmp;

  @Test
  void ogrinfo_lists_every_collection_with_the_count_the_server_reports() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/ogrinfo")), "GDAL is not installed");
    String out = run("ogrinfo", "-ro", "-al", "-so", "OAPIF:" + TestServer.base() + "/ogcapi");
    List<String> seen = new ArrayList<>();
    Matcher m = Pattern.compile("Layer name: (\\S+)[\\s\\S]*?Feature Count: (\\d+)").matcher(out);
    while (m.find()) {
      seen.add(m.group(1));
      assertThat(Long.parseLong(m.group(2))).as(m.group(1)).isEqualTo(numberMatched(m.group(1)));
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(collectionIds());
  }

  @Test
  void ogr2ogr_copies_every_collection_in_full_to_a_geopackage() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/ogr2ogr")), "GDAL is not installed");
    for (String id : collectionIds()) {
      long matched = numberMatched(id);
      if (matched == 0) {
        continue; // GDAL writes no table for a layer without features
      }
      Path gpkg = tmp.resolve(id + ".gpkg");
      run("ogr2ogr", "-f", "GPKG", gpkg.toString(), "OAPIF:" + TestServer.base() + "/ogcapi", id);
      String info = run("ogrinfo", "-ro", "-so", gpkg.toString(), id);
      Matcher m = Pattern.compile("Feature Count: (\\d+)").matcher(info);
      assertThat(m.find()).as(info).isTrue();
      assertThat(Long.parseLong(m.group(1))).as(id).isEqualTo(matched);
    }
  }

  @Test
  void ogrinfo_where_and_spatial_filters_are_answered_by_the_server() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/ogrinfo")), "GDAL is not installed");
    String out = run("ogrinfo", "-ro", "-so", "OAPIF:" + TestServer.base() + "/ogcapi", "railways",
        "-where", "electrified = 1", "-spat", "118", "36", "136", "47");
    Matcher m = Pattern.compile("Feature Count: (\\d+)").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    JsonNode page = Json.MAPPER.readTree(TestServer.get(
        "/ogcapi/collections/railways/items?limit=1&electrified=true&bbox=118,36,136,47").body());
    assertThat(Long.parseLong(m.group(1))).isEqualTo(page.path("numberMatched").asLong());
  }

  private static List<String> collectionIds() throws Exception {
    List<String> ids = new ArrayList<>();
    Json.MAPPER.readTree(TestServer.get("/ogcapi/collections").body()).path("collections")
        .forEach(c -> ids.add(c.path("id").asText()));
    return ids;
  }

  private static long numberMatched(String id) throws Exception {
    JsonNode page = Json.MAPPER.readTree(TestServer.get("/ogcapi/collections/" + id + "/items?limit=1").body());
    return page.path("numberMatched").asLong();
  }

  private String run(String... command) throws IOException, InterruptedException {
    Path log = tmp.resolve("gdal.log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).as("GDAL reported an error").doesNotContain("ERROR");
    return out;
  }
}
