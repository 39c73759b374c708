package org.corridoratlas.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Paints a {@link Scene} with Java2D. */
public final class PngPainter {
  private PngPainter() {}

  public static BufferedImage paint(Scene scene) {
    BufferedImage image = new BufferedImage(scene.widthPx(), scene.heightPx(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(scene.background());
      g.fillRect(0, 0, scene.widthPx(), scene.heightPx());
      for (Scene.Group group : scene.groups()) {
        paint(g, group);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  public static byte[] png(Scene scene) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      ImageIO.write(paint(scene), "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void paint(Graphics2D g, Scene.Mark mark) {
    if (mark instanceof Scene.Group group) {
      group.marks().forEach(m -> paint(g, m));
    } else if (mark instanceof Scene.PathMark path) {
      fillAndStroke(g, path.shape(), path.fill(), path.stroke());
    } else if (mark instanceof Scene.CircleMark c) {
      fillAndStroke(g, new Ellipse2D.Double(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r()), c.fill(),
          c.stroke());
    } else if (mark instanceof Scene.TextMark text) {
      text(g, text);
    }
  }

  private static void fillAndStroke(Graphics2D g, Shape shape, java.awt.Color fill, Scene.Stroke stroke) {
    if (fill != null) {
      g.setColor(fill);
      g.fill(shape);
    }
    if (stroke != null) {
      g.setColor(stroke.color());
      g.setStroke(stroke.awt());
      g.draw(shape);
    }
  }

  private static void text(Graphics2D g, Scene.TextMark text) {
    Scene.TextStyle style = text.style();
    Font font = Fonts.font(text.text(), style);
    TextLayout layout = new TextLayout(text.text(), font, g.getFontRenderContext());
    double width = layout.getAdvance();
    double x = switch (style.anchor()) {
      case START -> text.x();
      case MIDDLE -> text.x() - width / 2;
      case END -> text.x() - width;
    };
    if (style.halo() != null && style.haloPx() > 0) {
      Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, text.y()));
      g.setColor(style.halo());
      g.setStroke(new java.awt.BasicStroke(style.haloPx(), java.awt.BasicStroke.CAP_ROUND,
          java.awt.BasicStroke.JOIN_ROUND));
      g.draw(outline);
    }
    g.setColor(style.fill());
    layout.draw(g, (float) x, (float) text.y());
  }
}
