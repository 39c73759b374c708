package org.corridoratlas.geodata.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.LayerKind;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class LineTopologyTest {
  private static final GeometryFactory FACTORY = new GeometryFactory();

  /**
   * Random lines on a coarse grid, so that they cross, touch at and between vertices and run along each other: the
   * pairs the segment-by-segment check reports are exactly those a full overlay of each pair finds meeting
   * somewhere that is not a vertex of both.
   */
  @Test
  void reports_the_same_pairs_as_a_full_overlay_of_each_pair() {
    Random random = new Random(7);
    int reported = 0;
    for (int round = 0; round < 200; round++) {
      List<Feature> lines = new ArrayList<>();
      while (lines.size() < 6) {
        Coordinate[] path = new Coordinate[2 + random.nextInt(5)];
        for (int k = 0; k < path.length; k++) {
          path[k] = new Coordinate(random.nextInt(6) * 0.5, random.nextInt(6) * 0.5);
        }
        Feature line = line("line-" + lines.size(), path);
        // A line of one repeated point is no line (the validator refuses it; an overlay sees it as empty).
        if (line.geometry().isValid()) {
          lines.add(line);
        }
      }
      Set<String> found = new HashSet<>();
      new LineTopology((kind, id, field, message) -> found.add(id + " " + message.split(" ")[1]))
          .check(LayerKind.RAILWAYS, lines);
      assertThat(found).as("round %d", round).isEqualTo(byOverlay(lines));
      reported += found.size();
    }
    assertThat(reported).as("the random lines meet off their vertices often").isGreaterThan(200);
  }

  @Test
  void lines_meeting_only_at_a_shared_vertex_are_fine() {
    List<Feature> lines = List.of(
        line("a", new Coordinate(0, 0), new Coordinate(1, 1), new Coordinate(2, 0)),
        line("b", new Coordinate(0, 2), new Coordinate(1, 1), new Coordinate(2, 2)),
        line("c", new Coordinate(0, 0), new Coordinate(1, 1)));
    List<String> found = new ArrayList<>();
    new LineTopology((kind, id, field, message) -> found.add(message)).check(LayerKind.RAILWAYS, lines);
    assertThat(found).isEmpty();
  }

  @Test
  void a_crossing_between_vertices_is_named_with_its_position() {
    List<Feature> lines = List.of(line("a", new Coordinate(0, 0), new Coordinate(2, 2)),
        line("b", new Coordinate(0, 2), new Coordinate(2, 0)));
    List<String> found = new ArrayList<>();
    new LineTopology((kind, id, field, message) -> found.add(id + ": " + message)).check(LayerKind.RAILWAYS, lines);
    assertThat(found).containsExactly("a: meets b at 1.00000,1.00000 where the two lines share no vertex");
  }

  /** The reference: a JTS overlay of each pair, every point of it checked against the vertices both lines have. */
  private static Set<String> byOverlay(List<Feature> lines) {
    Set<String> found = new HashSet<>();
    for (Feature a : lines) {
      for (Feature b : lines) {
        if (a.id().compareTo(b.id()) >= 0 || !a.geometry().intersects(b.geometry())) {
          continue;
        }
        Set<Coordinate> shared = vertices(a.geometry());
        shared.retainAll(vertices(b.geometry()));
        for (Coordinate c : a.geometry().intersection(b.geometry()).getCoordinates()) {
          if (!shared.contains(new Coordinate(c.x, c.y))) {
            found.add(a.id() + " " + b.id());
          }
        }
      }
    }
    return found;
  }

  private static Set<Coordinate> vertices(Geometry g) {
    Set<Coordinate> set = new HashSet<>();
    for (Coordinate c : g.getCoordinates()) {
      set.add(new Coordinate(c.x, c.y));
    }
    return set;
  }

  private static Feature line(String id, Coordinate... path) {
    return new Feature(id, "railways", FACTORY.createLineString(path), id, Map.of(), List.of(), null, List.of(),
        null, null, null, null);
  }
}
