package org.corridoratlas.geodata;

/**
 * Text for XML 1.0 (KML, GPX): markup escaped, and characters XML cannot hold at all replaced by U+FFFD. Here,
 * beside the data, because the validator refuses such characters in the geodata by the same rule.
 */
public final class Xml {
  private Xml() {}

  public static String text(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> out.appendCodePoint(allowed(c) ? c : 0xFFFD);
      }
    });
    return out.toString();
  }

  /** XML 1.0's Char production: tab, line feed, carriage return and everything from space up but a few. */
  public static boolean allowed(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
