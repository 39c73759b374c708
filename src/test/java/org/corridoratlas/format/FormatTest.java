package org.corridoratlas.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.corridoratlas.http.RealData;
import org.junit.jupiter.api.Test;

/** The one format registry: what f values and Accept types name, and that every writer agrees with it. */
class FormatTest {
  private static final Set<Format> ITEMS = EnumSet.of(Format.GEOJSON, Format.HTML, Format.CSV, Format.KML);
  private static final Set<Format> DOCUMENTS = EnumSet.of(Format.JSON, Format.HTML);

  @Test
  void f_json_names_geojson_for_features_and_plain_json_for_documents() {
    assertThat(Format.byKey("json", ITEMS)).contains(Format.GEOJSON);
    assertThat(Format.byKey("geojson", ITEMS)).contains(Format.GEOJSON);
    assertThat(Format.byKey("JSON", DOCUMENTS)).contains(Format.JSON);
    assertThat(Format.byKey("CSV", ITEMS)).contains(Format.CSV);
  }

  @Test
  void f_naming_a_format_not_offered_finds_nothing() {
    assertThat(Format.byKey("csv", DOCUMENTS)).isEmpty();
    assertThat(Format.byKey("gpx", ITEMS)).isEmpty();
    assertThat(Format.byKey("pdf", EnumSet.allOf(Format.class))).isEmpty();
  }

  @Test
  void accept_types_and_wildcards_pick_in_registry_order() {
    assertThat(Format.byMediaRange("application/json", ITEMS)).contains(Format.GEOJSON);
    assertThat(Format.byMediaRange("application/geo+json", DOCUMENTS)).contains(Format.JSON);
    assertThat(Format.byMediaRange("text/csv", ITEMS)).contains(Format.CSV);
    assertThat(Format.byMediaRange("application/xhtml+xml", ITEMS)).contains(Format.HTML);
    assertThat(Format.byMediaRange("application/vnd.google-earth.kml+xml", ITEMS)).contains(Format.KML);
    assertThat(Format.byMediaRange("*/*", ITEMS)).contains(Format.GEOJSON);
    assertThat(Format.byMediaRange("application/*", DOCUMENTS)).contains(Format.JSON);
    assertThat(Format.byMediaRange("text/*", ITEMS)).as("HTML before CSV").contains(Format.HTML);
    assertThat(Format.byMediaRange("text/*", EnumSet.of(Format.GEOJSON, Format.CSV))).contains(Format.CSV);
    assertThat(Format.byMediaRange("image/*", ITEMS)).isEmpty();
    assertThat(Format.byMediaRange("application/gpx+xml", ITEMS)).isEmpty();
  }

  @Test
  void file_names_and_content_types_come_from_the_registry() {
    assertThat(Format.CSV.fileName("railways")).isEqualTo("railways.csv");
    assertThat(Format.KML.fileName("railways")).isEqualTo("railways.kml");
    assertThat(Format.GPX.fileName("route")).isEqualTo("route.gpx");
    assertThat(Format.CSV.contentType()).isEqualTo("text/csv; charset=utf-8");
    assertThat(Format.HTML.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(Format.GEOJSON.contentType()).isEqualTo("application/geo+json");
    assertThat(Format.HTML.mediaType()).as("links name the bare type").isEqualTo("text/html");
  }

  @Test
  void openapi_f_values_list_every_accepted_key_once_in_registry_order() {
    assertThat(Format.keys(ITEMS)).containsExactly("json", "geojson", "html", "csv", "kml");
    assertThat(Format.keys(DOCUMENTS)).containsExactly("json", "html");
    assertThat(Format.keys(RouteWriter.formats())).containsExactly("json", "geojson", "kml", "gpx");
  }

  @Test
  void every_writer_answers_with_its_formats_content_type() {
    List<FeatureWriter> features = List.of(new GeoJsonWriter(RealData.atlas().catalog().allFeatures()),
        new CsvWriter(), new KmlWriter());
    assertThat(features).extracting(FeatureWriter::format)
        .containsExactly(Format.GEOJSON, Format.CSV, Format.KML);
    features.forEach(w -> assertThat(w.mediaType()).isEqualTo(w.format().contentType()));
    assertThat(RouteWriter.ALL).extracting(RouteWriter::format)
        .containsExactly(Format.GEOJSON, Format.GPX, Format.KML);
    assertThat(RouteWriter.of(Format.GPX)).isInstanceOf(RouteGpxWriter.class);
  }
}
