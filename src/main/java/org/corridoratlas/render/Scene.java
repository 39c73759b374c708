package org.corridoratlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One map picture as a painter-independent model: named groups of paths, circles and texts in pixel coordinates,
 * painted to PNG by {@link PngPainter} and to SVG by {@link SvgPainter}, so that both always show the same things.
 * {@code frame} is where the geography lies in the picture.
 */
public record Scene(int widthPx, int heightPx, Color background, List<Group> groups, MapFrame frame) {
  public Scene {
    groups = List.copyOf(groups);
  }

  /** Anything a group holds. */
  public sealed interface Mark permits Group, PathMark, CircleMark, TextMark {}

  /**
   * A named group: {@code id} for the top-level groups a designer finds (basemap, layers, subject, labels, legend,
   * credit), {@code dataId} for the atlas feature it draws, {@code cssClass} for a kind of thing (e.g. "place").
   */
  public record Group(String id, String dataId, String cssClass, List<Mark> marks) implements Mark {
    public Group {
      marks = List.copyOf(marks);
    }

    public static Group named(String id, List<Mark> marks) {
      return new Group(id, null, null, marks);
    }

    public static Group feature(String featureId, List<Mark> marks) {
      return new Group(null, featureId, null, marks);
    }
  }

  /** A filled and/or stroked shape; either may be null. */
  public record PathMark(Shape shape, Color fill, Stroke stroke) implements Mark {}

  public record CircleMark(double cx, double cy, double r, Color fill, Stroke stroke) implements Mark {}

  /** A line of text with its baseline at (x, y), aligned to its {@link Anchor}. */
  public record TextMark(double x, double y, String text, TextStyle style, String cssClass) implements Mark {
    public TextMark {
      Objects.requireNonNull(text, "text");
    }
  }

  public enum Anchor {
    START("start"), MIDDLE("middle"), END("end");

    final String svg;

    Anchor(String svg) {
      this.svg = svg;
    }
  }

  /** Font size in pixels, weight and slant, fill, and an optional halo (an outline under the glyphs). */
  public record TextStyle(float sizePx, boolean bold, boolean italic, Color fill, Color halo, float haloPx,
      Anchor anchor, String lang) {
    /** A style aligned to its start, from the sizes the scene computes in doubles. */
    static TextStyle of(double sizePx, boolean bold, boolean italic, Color fill, Color halo, double haloPx,
        String lang) {
      return new TextStyle((float) sizePx, bold, italic, fill, halo, (float) haloPx, Anchor.START, lang);
    }

    public TextStyle withAnchor(Anchor other) {
      return new TextStyle(sizePx, bold, italic, fill, halo, haloPx, other, lang);
    }
  }

  /** A stroke: colour with opacity, width, dash pattern (null: solid), round or butt caps. */
  public record Stroke(Color color, float widthPx, float[] dash, boolean round) {
    public static Stroke solid(Color color, float widthPx) {
      return new Stroke(color, widthPx, null, false);
    }

    BasicStroke awt() {
      return new BasicStroke(widthPx, round ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
          4f, dash, 0f);
    }
  }

  public Group group(String id) {
    return groups.stream().filter(g -> id.equals(g.id())).findFirst().orElse(null);
  }

  /** The atlas feature ids drawn anywhere in the scene, in drawing order. */
  public Set<String> featureIds() {
    Set<String> out = new LinkedHashSet<>();
    groups.forEach(g -> collectIds(g, out));
    return out;
  }

  /** Every text of a group (all groups when id is null), in drawing order. */
  public List<String> texts(String groupId) {
    List<String> out = new ArrayList<>();
    for (Group g : groups) {
      if (groupId == null || groupId.equals(g.id())) {
        collectTexts(g, out);
      }
    }
    return out;
  }

  private static void collectIds(Group group, Set<String> out) {
    if (group.dataId() != null) {
      out.add(group.dataId());
    }
    for (Mark m : group.marks()) {
      if (m instanceof Group g) {
        collectIds(g, out);
      }
    }
  }

  private static void collectTexts(Group group, List<String> out) {
    for (Mark m : group.marks()) {
      if (m instanceof Group g) {
        collectTexts(g, out);
      } else if (m instanceof TextMark t) {
        out.add(t.text());
      }
    }
  }
}
