package org.corridoratlas.http.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.catalog.FeaturePage;
import org.corridoratlas.catalog.Layer;
import org.corridoratlas.config.BadParameter;
import org.corridoratlas.format.Format;
import org.corridoratlas.http.QueryParams;
import org.corridoratlas.http.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An items request is parsed once, into one value, before any work; a bad value names its parameter. */
class ItemsRequestTest {
  static final Catalog CATALOG = RealData.atlas().catalog();
  static final Layer RAILWAYS = CATALOG.getLayer("railways");

  /** {@code query}: name=value pairs as a client sends them, already decoded. */
  static ItemsRequest parse(Layer layer, String accept, String... query) {
    Map<String, List<String>> raw = new LinkedHashMap<>();
    for (String pair : query) {
      int eq = pair.indexOf('=');
      raw.put(pair.substring(0, eq), List.of(pair.substring(eq + 1)));
    }
    return ItemsRequest.from(QueryParams.of(raw, ItemsRequest.parameters(layer)), accept, layer);
  }

  @Test
  void every_parameter_is_read_into_the_one_value() {
    ItemsRequest r = parse(RAILWAYS, null, "limit=5", "offset=10", "bbox=124,39,131,43",
        "datetime=2021-06-01", "filter=gauge='1435'", "electrified=1", "f=csv");
    assertThat(r.format()).isEqualTo(Format.CSV);
    assertThat(r.query().limit()).isEqualTo(5);
    assertThat(r.query().offset()).isEqualTo(10);
    assertThat(r.query().bbox().west()).isEqualTo(124);
    assertThat(r.query().datetime().start()).isEqualTo(LocalDate.of(2021, 6, 1));
    assertThat(r.query().filter()).isNotNull();
    assertThat(r.query().filters()).as("GDAL's 1 for true, as the data holds it").containsEntry("electrified", "true");
  }

  @Test
  void defaults_are_the_first_page_in_geojson() {
    ItemsRequest r = parse(RAILWAYS, null);
    assertThat(r.format()).isEqualTo(Format.GEOJSON);
    assertThat(r.query().offset()).isZero();
    assertThat(r.query().limit()).isEqualTo(100);
    assertThat(r.pageUrl()).isEqualTo("/ogcapi/collections/railways/items?limit=100&offset=0");
  }

  @Test
  void accept_header_chooses_the_format_unless_f_is_given() {
    assertThat(parse(RAILWAYS, "text/html").format()).isEqualTo(Format.HTML);
    assertThat(parse(RAILWAYS, "application/json").format()).isEqualTo(Format.GEOJSON);
    assertThat(parse(RAILWAYS, "text/html", "f=kml").format()).isEqualTo(Format.KML);
  }

  @Test
  void bbox_west_of_east_crosses_the_antimeridian() {
    ItemsRequest r = parse(RAILWAYS, null, "bbox=170,39,-170,43");
    assertThat(r.query().bbox().crossesAntimeridian()).isTrue();
    assertThat(r.query().bbox().envelopes()).hasSize(2);
  }

  @Test
  void canonical_query_keeps_given_values_sorts_filters_and_leaves_out_f() {
    ItemsRequest r = parse(RAILWAYS, null, "f=json", "status=open", "country=CN", "datetime=2021-06-01/..",
        "bbox=124,39,131,43", "limit=7");
    assertThat(r.pageUrl()).isEqualTo("/ogcapi/collections/railways/items?bbox=124%2C39%2C131%2C43"
        + "&datetime=2021-06-01%2F..&country=CN&status=open&limit=7&offset=0");
    assertThat(r.query(-1)).doesNotContain("offset");
  }

  @Test
  void paging_links_follow_the_request_and_name_every_other_format() {
    ItemsRequest r = parse(RAILWAYS, null, "limit=2", "offset=2");
    FeaturePage page = RAILWAYS.query(r.query());
    List<Link> links = r.links("http://atlas.test", page);
    assertThat(links).extracting(Link::rel).containsExactly("self", "alternate", "alternate", "alternate", "next",
        "prev", "collection");
    assertThat(links.get(0).href()).isEqualTo("http://atlas.test/ogcapi/collections/railways/items?limit=2&offset=2");
    assertThat(links.subList(1, 4)).extracting(Link::type)
        .containsExactly("text/html", "text/csv", "application/vnd.google-earth.kml+xml");
    assertThat(links.get(3).href()).endsWith("?limit=2&offset=2&f=kml");
    assertThat(links.get(4).href()).endsWith("?limit=2&offset=4");
    assertThat(links.get(5).href()).endsWith("?limit=2&offset=0");
    assertThat(links.get(6).href()).isEqualTo("http://atlas.test/ogcapi/collections/railways");
  }

  @Test
  void the_last_page_has_no_next_link() {
    ItemsRequest r = parse(RAILWAYS, null, "limit=10000");
    assertThat(r.links("", RAILWAYS.query(r.query()))).extracting(Link::rel).doesNotContain("next", "prev");
  }

  @ParameterizedTest(name = "{0}={1} is refused naming {0}")
  @CsvSource(delimiter = '|', value = {
      "limit|0", "limit|10001", "limit|ten", "offset|-1", "bbox|1,2,3", "bbox|0,95,1,96", "bbox|0,43,1,39",
      "datetime|2021-13-01", "datetime|../..", "filter|gauge =", "filter|nosuch = 1", "filter-lang|cql2-json",
      "crs|EPSG:4326", "bbox-crs|EPSG:4326", "filter-crs|EPSG:3857", "status|bogus", "electrified|maybe",
      "f|gpx", "f|xml"})
  void bad_value_names_its_parameter(String name, String value) {
    assertThatThrownBy(() -> parse(RAILWAYS, null, name + "=" + value))
        .isInstanceOfSatisfying(BadParameter.class, e -> assertThat(e.parameter()).isEqualTo(name));
  }

  @Test
  void unknown_parameter_is_refused_by_name_and_queryables_of_other_layers_are_unknown() {
    assertThatThrownBy(() -> parse(RAILWAYS, null, "opened=1990"))
        .isInstanceOfSatisfying(BadParameter.class, e -> assertThat(e.parameter()).isEqualTo("opened"));
    assertThat(parse(CATALOG.getLayer("crossings"), null, "opened=1990").query().filters())
        .containsEntry("opened", "1990");
  }
}
