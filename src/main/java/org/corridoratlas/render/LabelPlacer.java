package org.corridoratlas.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places labels without overlaps: each label tries its positions around its point in turn and takes the first whose
 * box lies inside the frame and clear of every box already taken (other labels, legend, title, credit, inset).
 * Callers offer labels in priority order; a label marked {@code always} takes its best position even if crowded.
 */
final class LabelPlacer {
  private static final double GAP_PX = 2;
  private final List<Rectangle2D> taken = new ArrayList<>();
  private final Rectangle2D frame;

  LabelPlacer(Rectangle2D frame) {
    this.frame = frame;
  }

  /** A region no label may cover. */
  void block(Rectangle2D box) {
    if (box != null) {
      taken.add(box);
    }
  }

  /** The label's position, or null when every position collides. */
  Position place(double x, double y, double widthPx, double ascentPx, double descentPx, double offsetPx,
      boolean always) {
    Position first = null;
    for (Position p : positions(x, y, widthPx, ascentPx, descentPx, offsetPx)) {
      if (!frame.contains(p.box())) {
        continue;
      }
      if (first == null) {
        first = p;
      }
      if (free(p.box())) {
        taken.add(p.box());
        return p;
      }
    }
    if (always) {
      // Crowded: farther from the point, rather than over another label.
      for (double farther : new double[] {2.2, 3.6, 5}) {
        for (Position p : positions(x, y, widthPx, ascentPx, descentPx, offsetPx * farther + 4)) {
          if (frame.contains(p.box()) && free(p.box())) {
            taken.add(p.box());
            return p;
          }
        }
      }
      Position fallback = first != null ? first : clamped(positions(x, y, widthPx, ascentPx, descentPx, offsetPx).get(0));
      taken.add(fallback.box());
      return fallback;
    }
    return null;
  }

  boolean free(Rectangle2D box) {
    for (Rectangle2D other : taken) {
      if (other.intersects(box)) {
        return false;
      }
    }
    return true;
  }

  /** A text's baseline start (x, y, left-aligned) and the box it covers, padded. */
  record Position(double x, double y, Rectangle2D box) {}

  private List<Position> positions(double x, double y, double w, double ascent, double descent, double off) {
    double h = ascent + descent;
    List<Position> out = new ArrayList<>(8);
    // Right, left, above, below, then the diagonals: the cartographer's usual order of preference.
    out.add(at(x + off, y + ascent / 2 - descent / 2, w, ascent, descent));
    out.add(at(x - off - w, y + ascent / 2 - descent / 2, w, ascent, descent));
    out.add(at(x - w / 2, y - off - descent, w, ascent, descent));
    out.add(at(x - w / 2, y + off + ascent, w, ascent, descent));
    out.add(at(x + off * 0.7, y - off * 0.7 - descent, w, ascent, descent));
    out.add(at(x - off * 0.7 - w, y - off * 0.7 - descent, w, ascent, descent));
    out.add(at(x + off * 0.7, y + off * 0.7 + ascent, w, ascent, descent));
    out.add(at(x - off * 0.7 - w, y + off * 0.7 + ascent, w, ascent, descent));
    return out;
  }

  private static Position at(double left, double baseline, double w, double ascent, double descent) {
    return new Position(left, baseline, new Rectangle2D.Double(left - GAP_PX, baseline - ascent - GAP_PX,
        w + 2 * GAP_PX, ascent + descent + 2 * GAP_PX));
  }

  private Position clamped(Position p) {
    Rectangle2D b = p.box();
    double dx = Math.max(frame.getMinX() - b.getMinX(), Math.min(0, frame.getMaxX() - b.getMaxX()));
    double dy = Math.max(frame.getMinY() - b.getMinY(), Math.min(0, frame.getMaxY() - b.getMaxY()));
    return new Position(p.x() + dx, p.y() + dy, new Rectangle2D.Double(b.getX() + dx, b.getY() + dy, b.getWidth(),
        b.getHeight()));
  }
}
