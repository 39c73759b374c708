package org.corridoratlas.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.LinkedHashMap;
import java.util.Map;

/** Paints a {@link Scene} with Java2D. */
public final class PngPainter {
  static final String BASEMAP = "basemap";

  private PngPainter() {}

  public static BufferedImage paint(Scene scene) {
    return paint(scene, null);
  }

  /**
   * The picture of a scene. {@code basemap}, when given, is {@link #basemap} of a scene with the same frame: it is
   * copied in instead of painting the scene's basemap group again, which gives the same pixels.
   */
  static BufferedImage paint(Scene scene, BufferedImage basemap) {
    BufferedImage image = new BufferedImage(scene.widthPx(), scene.heightPx(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = graphics(image);
    try {
      if (basemap != null) {
        int[] from = ((DataBufferInt) basemap.getRaster().getDataBuffer()).getData();
        int[] to = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(from, 0, to, 0, to.length);
      } else {
        g.setColor(scene.background());
        g.fillRect(0, 0, scene.widthPx(), scene.heightPx());
      }
      for (Scene.Group group : scene.groups()) {
        if (basemap == null || !BASEMAP.equals(group.id())) {
          paint(g, group);
        }
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The background and the basemap group alone: the same for every picture of one frame. */
  static BufferedImage basemap(Scene scene) {
    BufferedImage image = new BufferedImage(scene.widthPx(), scene.heightPx(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = graphics(image);
    try {
      g.setColor(scene.background());
      g.fillRect(0, 0, scene.widthPx(), scene.heightPx());
      Scene.Group group = scene.group(BASEMAP);
      if (group != null) {
        paint(g, group);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  public static byte[] png(Scene scene) {
    return PngEncoder.encode(paint(scene));
  }

  static byte[] png(Scene scene, BufferedImage basemap) {
    return PngEncoder.encode(paint(scene, basemap));
  }

  private static Graphics2D graphics(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    return g;
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

  /**
   * A label is drawn from its sprite: text with its halo painted once into a small transparent picture, kept for the
   * next picture that shows the same name in the same style (the names of a region recur in every picture of it).
   * Stroking the halo around each glyph outline was most of the painting's time. Labels land on whole pixels.
   */
  private static void text(Graphics2D g, Scene.TextMark text) {
    Scene.TextStyle style = text.style();
    Sprite sprite = sprite(text.text(), style.withAnchor(Scene.Anchor.START));
    double x = switch (style.anchor()) {
      case START -> text.x();
      case MIDDLE -> text.x() - sprite.advance() / 2;
      case END -> text.x() - sprite.advance();
    };
    g.drawImage(sprite.image(), (int) Math.round(x) - sprite.originX(), (int) Math.round(text.y()) - sprite.originY(),
        null);
  }

  private record SpriteKey(String text, Scene.TextStyle style) {}

  /** A painted label: the picture, where the text's origin lies in it, and the text's advance. */
  private record Sprite(BufferedImage image, int originX, int originY, double advance) {}

  private static final int SPRITES_KEPT = 4096;
  private static final Map<SpriteKey, Sprite> SPRITES = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<SpriteKey, Sprite> eldest) {
      return size() > SPRITES_KEPT;
    }
  };

  private static Sprite sprite(String text, Scene.TextStyle style) {
    SpriteKey key = new SpriteKey(text, style);
    synchronized (SPRITES) {
      Sprite kept = SPRITES.get(key);
      if (kept != null) {
        return kept;
      }
    }
    Sprite painted = paintSprite(text, style);
    synchronized (SPRITES) {
      SPRITES.putIfAbsent(key, painted);
    }
    return painted;
  }

  private static Sprite paintSprite(String text, Scene.TextStyle style) {
    Font font = Fonts.font(text, style);
    TextLayout layout = new TextLayout(text, font, new FontRenderContext(null, true, false));
    double halo = style.halo() != null && style.haloPx() > 0 ? style.haloPx() : 0;
    Rectangle2D bounds = layout.getBounds();
    int pad = (int) Math.ceil(halo / 2) + 2;
    int originX = pad - (int) Math.floor(bounds.getX());
    int originY = pad - (int) Math.floor(bounds.getY());
    int w = Math.max(1, (int) Math.ceil(bounds.getWidth()) + 2 * pad + 1);
    int h = Math.max(1, (int) Math.ceil(bounds.getHeight()) + 2 * pad + 1);
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D g = graphics(image);
    try {
      if (halo > 0) {
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(originX, originY));
        g.setColor(style.halo());
        g.setStroke(new BasicStroke((float) halo, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
      }
      g.setColor(style.fill());
      layout.draw(g, originX, originY);
    } finally {
      g.dispose();
    }
    return new Sprite(image, originX, originY, layout.getAdvance());
  }
}
