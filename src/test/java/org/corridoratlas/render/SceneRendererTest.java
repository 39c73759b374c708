package org.corridoratlas.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.geodata.Confidence;
import org.corridoratlas.geodata.Corridor;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.GeoData;
import org.corridoratlas.geodata.GeoDataLoader;
import org.corridoratlas.geodata.Json;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.geodata.Status;
import org.corridoratlas.geodata.StatusPeriod;
import org.corridoratlas.geodata.StatusTimeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Pictures drawn from a hand-made corridor over the real basemap and reference layers. */
class SceneRendererTest {
  private static final GeometryFactory GEOMETRY = new GeometryFactory();
  /** A fixture railway in the Yellow Sea, far from anything else on the picture. */
  private static final Envelope RAIL_BOX = new Envelope(122.0, 123.5, 37.0, 38.0);
  /** A fixture railway drawn as one 60 km straight stretch, in the Yellow Sea too. */
  private static final Envelope CHORD_BOX = new Envelope(123.8, 124.4, 36.4, 36.7);
  /** A fixture railway whose open status was last confirmed in 2015: stale today. */
  private static final Envelope STALE_BOX = new Envelope(124.6, 125.2, 37.0, 37.4);
  private static SceneRenderer renderer;
  private static Feature rail;

  @BeforeAll
  static void load() throws Exception {
    Map<String, JsonNode> basemap = new HashMap<>();
    for (String name : GeoDataLoader.BASEMAP) {
      basemap.put(name, Json.MAPPER.readTree(Files.readString(Path.of("geodata/basemap/" + name + ".geojson"))));
    }
    ObjectNode properties = Json.MAPPER.createObjectNode().put("name", "Fixture line").put("gauge", "1435");
    // Vertices every 9 km or so, as a sourced line has them; the chord below has none between its ends.
    Coordinate[] path = new Coordinate[21];
    for (int i = 0; i <= 20; i++) {
      path[i] = new Coordinate(RAIL_BOX.getMinX() + RAIL_BOX.getWidth() * i / 20,
          RAIL_BOX.getMinY() + RAIL_BOX.getHeight() * i / 20);
    }
    rail = new Feature("rail-fixture", "railways", GEOMETRY.createLineString(path), "Fixture line", Map.of(),
        List.of(), new StatusTimeline(List.of()), List.of(), Confidence.HIGH, "", "", properties);
    Feature chord = new Feature("rail-chord-fixture", "railways", GEOMETRY.createLineString(new Coordinate[] {
        new Coordinate(CHORD_BOX.getMinX(), CHORD_BOX.getMinY()), new Coordinate(CHORD_BOX.getMaxX(),
        CHORD_BOX.getMaxY())}), "Fixture chord", Map.of(), List.of(), new StatusTimeline(List.of()), List.of(),
        Confidence.LOW, "no sourced place between its ends", "", properties);
    Coordinate[] stalePath = new Coordinate[11];
    for (int i = 0; i <= 10; i++) {
      stalePath[i] = new Coordinate(STALE_BOX.getMinX() + STALE_BOX.getWidth() * i / 10,
          STALE_BOX.getMinY() + STALE_BOX.getHeight() * i / 10);
    }
    Feature stale = new Feature("rail-stale-fixture", "railways", GEOMETRY.createLineString(stalePath), "Stale line",
        Map.of(), List.of(), new StatusTimeline(List.of(new StatusPeriod(LocalDate.of(2000, 1, 1), null, Status.OPEN,
        "", List.of(), "2015"))), List.of(), Confidence.HIGH, "", "", properties);
    GeoData data = new GeoData(Map.of(LayerKind.RAILWAYS, List.of(rail, chord, stale)), List.of(new Corridor("fixture-corridor",
        "Fixture corridor", Map.of(), "", List.of("rail-fixture"), List.of(), Json.MAPPER.createObjectNode())),
        Json.MAPPER.createObjectNode(), basemap, Json.MAPPER.createObjectNode(), "test");
    renderer = new SceneRenderer(new Catalog(data));
  }

  private static MapRequest region(int width, int height, List<Geometry> highlight) {
    return new MapRequest(width, height, new Envelope(118, 136, 36, 47), Set.of(LayerKind.RAILWAYS),
        LocalDate.of(2024, 1, 1), highlight, "Fixture corridor", "A title", true);
  }

  @Test
  void png_decodes_at_the_requested_size() throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(renderer.png(region(640, 360, List.of()))));
    assertThat(image.getWidth()).isEqualTo(640);
    assertThat(image.getHeight()).isEqualTo(360);
  }

  @Test
  void highlighted_corridor_is_drawn_where_the_projection_puts_it_and_nowhere_else() {
    Scene scene = renderer.scene(region(900, 600, List.of(rail.geometry())));
    BufferedImage image = PngPainter.paint(scene);
    MapFrame frame = scene.frame();
    Point2D start = frame.pixelOf(RAIL_BOX.getMinX(), RAIL_BOX.getMinY());
    Point2D end = frame.pixelOf(RAIL_BOX.getMaxX(), RAIL_BOX.getMaxY());
    Point2D middle = frame.pixelOf((RAIL_BOX.getMinX() + RAIL_BOX.getMaxX()) / 2,
        (RAIL_BOX.getMinY() + RAIL_BOX.getMaxY()) / 2);
    int highlighted = 0;
    for (int x = (int) start.getX(); x <= (int) end.getX(); x++) {
      for (int y = (int) end.getY(); y <= (int) start.getY(); y++) {
        if (isHighlightOrRail(image.getRGB(x, y))) {
          highlighted++;
        }
      }
    }
    assertThat(highlighted).as("highlight pixels inside the corridor's projected box").isGreaterThan(50);
    assertThat(isHighlightOrRail(image.getRGB((int) middle.getX(), (int) middle.getY()))).isTrue();
    // The East Sea near 134.5 E, 38.5 N: open water, nothing of the fixture there.
    Point2D far = frame.pixelOf(134.5, 38.5);
    assertThat(image.getRGB((int) far.getX(), (int) far.getY()) & 0xffffff).isEqualTo(MapStyle.SEA.getRGB() & 0xffffff);
    assertThat(scene.featureIds()).contains("highlight-1", "rail-fixture");
  }

  @Test
  void a_straight_stretch_with_no_sourced_place_on_it_is_drawn_hollow() {
    Envelope aroundChord = new Envelope(123.5, 124.7, 36.2, 36.9);
    Scene scene = renderer.scene(new MapRequest(900, 600, aroundChord, Set.of(LayerKind.RAILWAYS),
        LocalDate.of(2024, 1, 1), List.of(), null, null, false));
    BufferedImage image = PngPainter.paint(scene);
    Point2D chordMiddle = scene.frame().pixelOf(CHORD_BOX.centre().x, CHORD_BOX.centre().y);
    // The light core is a pixel or so wide, and the lon/lat middle lies within a pixel of the Mercator one: one of the
    // pixels around it shows the core (the sea around is darker).
    boolean light = false;
    for (int dx = -1; dx <= 1; dx++) {
      for (int dy = -1; dy <= 1; dy++) {
        light |= isLight(image.getRGB((int) chordMiddle.getX() + dx, (int) chordMiddle.getY() + dy));
      }
    }
    assertThat(light).isTrue();
    Scene region = renderer.scene(region(900, 600, List.of()));
    Point2D railMiddle = region.frame().pixelOf(RAIL_BOX.centre().x, RAIL_BOX.centre().y);
    assertThat(isHighlightOrRail(PngPainter.paint(region).getRGB((int) railMiddle.getX(), (int) railMiddle.getY())))
        .isTrue();
  }

  @Test
  void the_view_is_shown_whole_between_title_and_credit() {
    Scene scene = renderer.scene(region(800, 500, List.of()));
    Envelope shown = scene.frame().lonLatShown();
    assertThat(shown.contains(new Envelope(118, 136, 36, 47))).isTrue();
    Point2D northWest = scene.frame().pixelOf(118, 47);
    assertThat(northWest.getY()).as("below the title strip").isGreaterThanOrEqualTo(20);
    assertThat(scene.texts("title")).containsExactly("A title");
    assertThat(String.join(" ", scene.texts("credit"))).contains("status as of 2024-01-01");
  }

  @Test
  void frame_keeps_the_whole_view_and_centres_it() {
    MapFrame frame = MapFrame.fitting(new Envelope(120, 130, 38, 44), 800, 500);
    Point2D centre = frame.pixelOfProjected(frame.centerX(), frame.centerY());
    assertThat(centre.getX()).isEqualTo(400.0);
    assertThat(centre.getY()).isEqualTo(250.0);
    Envelope shown = frame.lonLatShown();
    assertThat(shown.contains(new Envelope(120, 130, 38, 44))).isTrue();
    assertThat(MapFrame.latitudeOf(MapFrame.mercatorY(41.5))).isCloseTo(41.5, offset(1e-9));
  }

  @Test
  void largest_picture_is_2048_a_side() {
    BufferedImage image = PngPainter.paint(renderer.scene(region(MapRequest.MAX_SIDE_PX, MapRequest.MAX_SIDE_PX,
        List.of())));
    assertThat(image.getWidth()).isEqualTo(2048);
    assertThatThrownBy(() -> region(2049, 100, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_status_not_confirmed_for_two_years_is_drawn_lighter() {
    Scene scene = renderer.scene(new MapRequest(900, 600, new Envelope(118, 136, 36, 47), Set.of(LayerKind.RAILWAYS),
        LocalDate.now(java.time.ZoneOffset.UTC), List.of(), null, null, false));
    BufferedImage image = PngPainter.paint(scene);
    Point2D stale = scene.frame().pixelOf(STALE_BOX.centre().x, STALE_BOX.centre().y);
    Point2D fresh = scene.frame().pixelOf(RAIL_BOX.centre().x, RAIL_BOX.centre().y);
    assertThat(brightness(image.getRGB((int) stale.getX(), (int) stale.getY())))
        .isGreaterThan(brightness(image.getRGB((int) fresh.getX(), (int) fresh.getY())) + 40);
  }

  private static int brightness(int rgb) {
    return ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
  }

  private static boolean isLight(int rgb) {
    return ((rgb >> 16) & 0xff) > 235 && ((rgb >> 8) & 0xff) > 235 && (rgb & 0xff) > 235;
  }

  /** The highlight's yellow (also blended over the line) or the 1435 mm blue of the fixture line. */
  private static boolean isHighlightOrRail(int rgb) {
    int r = (rgb >> 16) & 0xff;
    int g = (rgb >> 8) & 0xff;
    int b = rgb & 0xff;
    boolean yellow = r > 200 && g > 170 && b < 120;
    boolean blue = b > 120 && r < 80;
    return yellow || blue;
  }
}
