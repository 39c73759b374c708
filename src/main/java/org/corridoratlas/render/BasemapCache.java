package org.corridoratlas.render;

import java.awt.image.BufferedImage;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The painted basemap (sea, countries, lakes, rivers, province lines, coast, borders) of recent frames. The basemap
 * of a picture depends on its frame alone, so a picture of the same frame (the whole region, a corridor, a feature:
 * every embed of it) copies it instead of painting it again. Bounded by pixels, least recently used first out;
 * large frames are painted every time rather than crowd out the common ones.
 */
final class BasemapCache {
  private static final long BUDGET_PIXELS = 4_000_000; // 16 MB of RGB ints
  private static final long LARGEST_KEPT = BUDGET_PIXELS / 4;

  private final Map<MapFrame, BufferedImage> images = new LinkedHashMap<>(16, 0.75f, true);
  private long pixels;

  /** The basemap of the scene's frame, painted now if it was not kept; null when the frame is too large to keep. */
  BufferedImage get(Scene scene) {
    MapFrame frame = scene.frame();
    long size = (long) frame.widthPx() * frame.heightPx();
    if (size > LARGEST_KEPT) {
      return null;
    }
    synchronized (this) {
      BufferedImage kept = images.get(frame);
      if (kept != null) {
        return kept;
      }
    }
    BufferedImage painted = PngPainter.basemap(scene);
    synchronized (this) {
      if (images.putIfAbsent(frame, painted) == null) {
        pixels += size;
        for (Iterator<BufferedImage> oldest = images.values().iterator(); pixels > BUDGET_PIXELS; ) {
          BufferedImage out = oldest.next();
          pixels -= (long) out.getWidth() * out.getHeight();
          oldest.remove();
        }
      }
      return images.get(frame) != null ? images.get(frame) : painted;
    }
  }
}
