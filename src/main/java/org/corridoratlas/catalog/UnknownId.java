package org.corridoratlas.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** An id that names nothing, with the closest known ids as "did you mean" suggestions. */
public final class UnknownId extends RuntimeException {
  private final String kind;
  private final String id;
  private final List<String> suggestions;

  public UnknownId(String kind, String id, Collection<String> known) {
    super("no " + kind + " with id \"" + id + "\"");
    this.kind = kind;
    this.id = id;
    this.suggestions = closest(id, known);
  }

  public String kind() {
    return kind;
  }

  public String id() {
    return id;
  }

  public List<String> suggestions() {
    return suggestions;
  }

  private static List<String> closest(String id, Collection<String> known) {
    String wanted = id == null ? "" : id.toLowerCase(Locale.ROOT);
    if (wanted.length() > 200) {
      return List.of();
    }
    return known.stream()
        .filter(k -> k.contains(wanted) || editDistance(k, wanted) <= Math.max(2, wanted.length() / 3))
        .sorted(Comparator.comparingInt((String k) -> k.contains(wanted) ? 0 : editDistance(k, wanted)))
        .limit(5)
        .toList();
  }

  /** Levenshtein distance; the ids are short, so the plain table is enough. */
  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
