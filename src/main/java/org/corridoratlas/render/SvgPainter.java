package org.corridoratlas.render;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.util.Locale;

/**
 * Paints a {@link Scene} as SVG 1.1: paths, circles and {@code <text>} with named fonts, one {@code <g id>} per
 * top-level group and {@code data-id} on every atlas feature, so that a designer can take the map apart in Inkscape
 * or Illustrator. Coordinates to a tenth of a pixel.
 */
public final class SvgPainter {
  private SvgPainter() {}

  public static String svg(Scene scene, String title, String lang) {
    StringBuilder out = new StringBuilder(256 * 1024);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(scene.widthPx())
        .append("\" height=\"").append(scene.heightPx()).append("\" viewBox=\"0 0 ").append(scene.widthPx())
        .append(' ').append(scene.heightPx()).append("\" xml:lang=\"").append(escape(lang)).append("\" font-family=\"")
        .append(escape(Fonts.svgFamily(lang))).append("\">\n");
    out.append("<title>").append(escape(title)).append("</title>\n");
    out.append("<rect width=\"100%\" height=\"100%\"").append(fill(scene.background())).append("/>\n");
    for (Scene.Group group : scene.groups()) {
      paint(out, group, 0);
    }
    return out.append("</svg>\n").toString();
  }

  private static void paint(StringBuilder out, Scene.Mark mark, int depth) {
    if (mark instanceof Scene.Group g) {
      out.append("<g");
      attr(out, "id", g.id());
      attr(out, "data-id", g.dataId());
      attr(out, "class", g.cssClass());
      out.append(">\n");
      g.marks().forEach(m -> paint(out, m, depth + 1));
      out.append("</g>\n");
    } else if (mark instanceof Scene.PathMark p) {
      String d = pathData(p.shape());
      if (!d.isEmpty()) {
        out.append("<path d=\"").append(d).append('"').append(fill(p.fill())).append(stroke(p.stroke()))
            .append("/>\n");
      }
    } else if (mark instanceof Scene.CircleMark c) {
      out.append("<circle cx=\"").append(num(c.cx())).append("\" cy=\"").append(num(c.cy())).append("\" r=\"")
          .append(num(c.r())).append('"').append(fill(c.fill())).append(stroke(c.stroke())).append("/>\n");
    } else if (mark instanceof Scene.TextMark t) {
      text(out, t);
    }
  }

  private static void text(StringBuilder out, Scene.TextMark t) {
    Scene.TextStyle s = t.style();
    out.append("<text x=\"").append(num(t.x())).append("\" y=\"").append(num(t.y())).append("\" font-size=\"")
        .append(num(s.sizePx())).append('"');
    if (s.bold()) {
      out.append(" font-weight=\"bold\"");
    }
    if (s.italic()) {
      out.append(" font-style=\"italic\"");
    }
    if (s.anchor() != Scene.Anchor.START) {
      out.append(" text-anchor=\"").append(s.anchor().svg).append('"');
    }
    attr(out, "class", t.cssClass());
    out.append(fill(s.fill()));
    if (s.halo() != null && s.haloPx() > 0) {
      out.append(stroke(new Scene.Stroke(s.halo(), s.haloPx(), null, true))).append(" paint-order=\"stroke\"");
    }
    out.append('>').append(escape(t.text())).append("</text>\n");
  }

  static String pathData(Shape shape) {
    StringBuilder d = new StringBuilder();
    double[] c = new double[6];
    for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
      switch (it.currentSegment(c)) {
        case PathIterator.SEG_MOVETO -> d.append('M').append(num(c[0])).append(' ').append(num(c[1]));
        case PathIterator.SEG_LINETO -> d.append('L').append(num(c[0])).append(' ').append(num(c[1]));
        case PathIterator.SEG_QUADTO -> d.append('Q').append(num(c[0])).append(' ').append(num(c[1])).append(' ')
            .append(num(c[2])).append(' ').append(num(c[3]));
        case PathIterator.SEG_CUBICTO -> d.append('C').append(num(c[0])).append(' ').append(num(c[1])).append(' ')
            .append(num(c[2])).append(' ').append(num(c[3])).append(' ').append(num(c[4])).append(' ')
            .append(num(c[5]));
        case PathIterator.SEG_CLOSE -> d.append('Z');
        default -> { }
      }
    }
    return d.toString();
  }

  private static String fill(Color color) {
    if (color == null) {
      return " fill=\"none\"";
    }
    return " fill=\"" + hex(color) + "\"" + (color.getAlpha() < 255 ? " fill-opacity=\"" + opacity(color) + "\"" : "");
  }

  private static String stroke(Scene.Stroke stroke) {
    if (stroke == null) {
      return "";
    }
    StringBuilder s = new StringBuilder(" stroke=\"").append(hex(stroke.color())).append('"');
    if (stroke.color().getAlpha() < 255) {
      s.append(" stroke-opacity=\"").append(opacity(stroke.color())).append('"');
    }
    s.append(" stroke-width=\"").append(num(stroke.widthPx())).append('"');
    if (stroke.round()) {
      s.append(" stroke-linecap=\"round\" stroke-linejoin=\"round\"");
    }
    if (stroke.dash() != null) {
      s.append(" stroke-dasharray=\"");
      for (int i = 0; i < stroke.dash().length; i++) {
        s.append(i == 0 ? "" : " ").append(num(stroke.dash()[i]));
      }
      s.append('"');
    }
    return s.toString();
  }

  private static void attr(StringBuilder out, String name, String value) {
    if (value != null) {
      out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
    }
  }

  private static String hex(Color c) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }

  private static String opacity(Color c) {
    return num(c.getAlpha() / 255.0);
  }

  static String num(double v) {
    double r = Math.round(v * 10) / 10.0;
    return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
  }

  /** XML text and attribute escaping; characters XML 1.0 forbids are dropped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
              || cp >= 0x10000) {
            out.appendCodePoint(cp);
          }
        }
      }
    });
    return out.toString();
  }
}
