package org.corridoratlas.geodata.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.LayerKind;
import org.locationtech.jts.algorithm.LineIntersector;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.noding.MCIndexSegmentSetMutualIntersector;
import org.locationtech.jts.noding.SegmentIntersector;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.noding.SegmentStringUtil;

/** Lines of one layer may touch or cross each other only at a vertex both of them have. */
final class LineTopology {
  interface Reporter {
    void problem(LayerKind kind, String id, String field, String message);
  }

  private final Reporter reporter;

  LineTopology(Reporter reporter) {
    this.reporter = reporter;
  }

  /**
   * Every pair of lines whose boxes overlap is intersected segment by segment (through monotone-chain indexes, as
   * JTS's noders do): where two segments meet, each point they share (both ends of an overlap) must be a vertex of
   * both lines. The same points a full overlay of the two lines would give, without building one per pair.
   */
  void check(LayerKind kind, List<Feature> lines) {
    STRtree index = new STRtree();
    lines.forEach(l -> index.insert(l.geometry().getEnvelopeInternal(), l));
    for (Feature a : lines) {
      @SuppressWarnings("unchecked")
      List<Feature> near = index.query(a.geometry().getEnvelopeInternal());
      MCIndexSegmentSetMutualIntersector segmentsOfA = null;
      for (Feature b : near) {
        if (a.id().compareTo(b.id()) >= 0) {
          continue;
        }
        if (segmentsOfA == null) {
          segmentsOfA = new MCIndexSegmentSetMutualIntersector(segments(a.geometry()));
        }
        Meeting meeting = new Meeting(a.geometry(), b.geometry());
        segmentsOfA.process(segments(b.geometry()), meeting);
        if (meeting.where != null) {
          reporter.problem(kind, a.id(), "geometry", "meets " + b.id() + " at " + round(meeting.where.x) + ","
              + round(meeting.where.y) + " where the two lines share no vertex");
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<SegmentString> segments(Geometry line) {
    return SegmentStringUtil.extractSegmentStrings(line);
  }

  /** The first point where two lines meet that is not a vertex of both; stops the search once found. */
  private static final class Meeting implements SegmentIntersector {
    private final Geometry a;
    private final Geometry b;
    private final LineIntersector intersector = new RobustLineIntersector();
    private Set<Coordinate> shared;
    Coordinate where;

    Meeting(Geometry a, Geometry b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void processIntersections(SegmentString s0, int i0, SegmentString s1, int i1) {
      intersector.computeIntersection(s0.getCoordinate(i0), s0.getCoordinate(i0 + 1), s1.getCoordinate(i1),
          s1.getCoordinate(i1 + 1));
      for (int i = 0; i < intersector.getIntersectionNum() && where == null; i++) {
        Coordinate c = intersector.getIntersection(i);
        if (!shared().contains(new Coordinate(c.x, c.y))) {
          where = c.copy();
        }
      }
    }

    /** Built on the first meeting only: most pairs of lines with overlapping boxes never meet. */
    private Set<Coordinate> shared() {
      if (shared == null) {
        shared = vertices(a);
        shared.retainAll(vertices(b));
      }
      return shared;
    }

    @Override
    public boolean isDone() {
      return where != null;
    }
  }

  private static Set<Coordinate> vertices(Geometry g) {
    Set<Coordinate> set = new HashSet<>();
    for (Coordinate c : g.getCoordinates()) {
      set.add(new Coordinate(c.x, c.y));
    }
    return set;
  }

  private static String round(double v) {
    return String.format(java.util.Locale.ROOT, "%.5f", v);
  }
}
