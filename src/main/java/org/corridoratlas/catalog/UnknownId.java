package org.corridoratlas.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.corridoratlas.catalog.search.EditDistance;

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
        .filter(k -> k.contains(wanted) || EditDistance.between(k, wanted) <= Math.max(2, wanted.length() / 3))
        .sorted(Comparator.comparingInt((String k) -> k.contains(wanted) ? 0 : EditDistance.between(k, wanted)))
        .limit(5)
        .toList();
  }
}
