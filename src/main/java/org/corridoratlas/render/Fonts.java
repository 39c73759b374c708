package org.corridoratlas.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.awt.GraphicsEnvironment;

/**
 * The map's fonts: DejaVu Sans (Latin, Cyrillic) and Noto Sans CJK (Hangul, Han; Debian's fonts-noto-cjk) for the
 * PNG, named with fallbacks for the SVG. A text the Latin font cannot show is set in the CJK font of its language.
 */
final class Fonts {
  static final String LATIN = "DejaVu Sans";
  private static final Map<String, String> CJK = Map.of("ko", "Noto Sans CJK KR", "zh", "Noto Sans CJK SC",
      "ru", "Noto Sans CJK KR", "en", "Noto Sans CJK KR");
  private static final Set<String> INSTALLED = Set.copyOf(Arrays.asList(
      GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
  private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);
  private static final Map<String, Font> CACHE = new ConcurrentHashMap<>();

  private Fonts() {}

  /** The font a PNG sets this text in. */
  static Font font(String text, Scene.TextStyle style) {
    Font latin = cached(INSTALLED.contains(LATIN) ? LATIN : Font.SANS_SERIF, style);
    if (latin.canDisplayUpTo(text) == -1) {
      return latin;
    }
    String cjk = CJK.getOrDefault(style.lang(), CJK.get("ko"));
    return cached(INSTALLED.contains(cjk) ? cjk : Font.SANS_SERIF, style);
  }

  /** The CSS font-family list of the SVG: the same fonts first, then common ones. */
  static String svgFamily(String lang) {
    List<String> cjk = "zh".equals(lang) ? List.of("Noto Sans CJK SC", "Noto Sans CJK KR")
        : List.of("Noto Sans CJK KR", "Noto Sans CJK SC");
    return "'" + LATIN + "', 'Noto Sans', '" + cjk.get(0) + "', '" + cjk.get(1)
        + "', 'Helvetica Neue', Arial, 'Malgun Gothic', 'Microsoft YaHei', sans-serif";
  }

  /** The advance width of a text in pixels, as the PNG sets it. */
  static double width(String text, Scene.TextStyle style) {
    return font(text, style).getStringBounds(text, CONTEXT).getWidth();
  }

  private static Font cached(String family, Scene.TextStyle style) {
    int weight = (style.bold() ? Font.BOLD : 0) | (style.italic() ? Font.ITALIC : 0);
    return CACHE.computeIfAbsent(family + "/" + weight + "/" + style.sizePx(),
        k -> new Font(family, weight, 1).deriveFont(style.sizePx()));
  }
}
