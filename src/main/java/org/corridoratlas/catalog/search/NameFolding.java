package org.corridoratlas.catalog.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a name to the key that search compares, so that spellings a person may type meet: case, diacritics
 * (Sinŭiju, Kŏmdŏk), apostrophes of aspiration (Ch'ŏngjin), hyphens between syllables, and the differences
 * between McCune–Reischauer, Revised Romanisation and older spellings of Korean (k/g, t/d, p/b, ch/j, sh/s,
 * eo/o, eu/u, r/l) and doubled letters. Hangul, Chinese and Cyrillic only lose case and marks.
 */
public final class NameFolding {
  private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’‘ʼʻ`´]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** Order matters: digraphs first, then the single letters they would otherwise leave behind. */
  private static final String[][] LATIN = {
      {"tch", "c"}, {"sh", "s"}, {"ch", "c"}, {"kh", "k"}, {"ph", "p"}, {"th", "t"},
      {"g", "k"}, {"d", "t"}, {"b", "p"}, {"j", "c"}, {"l", "r"}, {"eo", "o"}, {"eu", "u"}, {"wo", "o"}};

  private NameFolding() {}

  /** The comparable key of a whole name: words kept apart by single spaces, hyphens joined. */
  public static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    s = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    s = APOSTROPHES.matcher(s).replaceAll("").replace("-", "").replace("ё", "е");
    s = SEPARATORS.matcher(s).replaceAll(" ").trim();
    StringBuilder out = new StringBuilder(s.length());
    for (String word : s.split(" ")) {
      if (!word.isEmpty()) {
        out.append(out.isEmpty() ? "" : " ").append(latin(word));
      }
    }
    return out.toString();
  }

  private static String latin(String word) {
    if (!word.chars().allMatch(c -> c < 128)) {
      return word;
    }
    String w = word;
    for (String[] rule : LATIN) {
      w = w.replace(rule[0], rule[1]);
    }
    StringBuilder single = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
        single.append(w.charAt(i));
      }
    }
    return single.toString();
  }
}
