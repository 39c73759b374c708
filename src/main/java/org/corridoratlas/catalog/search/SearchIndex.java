package org.corridoratlas.catalog.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridoratlas.geodata.Feature;
import org.locationtech.jts.geom.Point;

/**
 * Ranked name search over every feature's English name, native-script names and aliases, built once at
 * start-up. A query matches a name exactly, as a prefix of the name or of one of its words (search as you
 * type), inside it, or within a small edit distance of it or its words (typos); each on the folded key of
 * {@link NameFolding}. The atlas holds a few thousand names, so a scan of the folded keys is fast enough
 * (well under a millisecond) and needs no tries.
 */
public final class SearchIndex {
  public static final int MAX_QUERY_LENGTH = 200;

  private record Entry(Feature feature, String name, String key, String[] words, int bonus, double lon,
      double lat) {}

  /** Among equal matches, places people look for (crossings, ports) come before the lines leading to them. */
  private static final Map<String, Integer> LAYER_BONUS = Map.of("crossings", 3, "ports", 3, "zones", 2,
      "mines", 2, "facilities", 1, "railways", 0, "roads", 0, "events", -2);

  private final List<Entry> entries = new ArrayList<>();

  public SearchIndex(List<Feature> features) {
    for (Feature f : features) {
      Point point = f.geometry().getInteriorPoint();
      int layerBonus = LAYER_BONUS.getOrDefault(f.layer(), 0);
      add(f, f.name(), 6 + layerBonus, point);
      f.names().values().forEach(n -> add(f, n, 3 + layerBonus, point));
      f.aliases().forEach(a -> add(f, a, layerBonus, point));
    }
  }

  private void add(Feature f, String name, int bonus, Point point) {
    if (name == null || name.isBlank()) {
      return;
    }
    String key = NameFolding.key(name);
    entries.add(new Entry(f, name, key, key.split(" "), bonus, point.getX(), point.getY()));
  }

  /** The best hits first, one per feature; an empty or unfoldable query finds nothing. */
  public List<SearchHit> search(String query, int limit) {
    String q = NameFolding.key(query);
    if (q.isEmpty()) {
      return List.of();
    }
    Map<String, SearchHit> best = new HashMap<>();
    for (Entry e : entries) {
      int score = score(q, e);
      if (score <= 0) {
        continue;
      }
      SearchHit hit = new SearchHit(e.feature().id(), e.feature().name(), e.feature().layer(), e.name(),
          score + e.bonus(), round(e.lon()), round(e.lat()));
      best.merge(hit.id(), hit, (a, b) -> b.score() > a.score() ? b : a);
    }
    return best.values().stream()
        .sorted(Comparator.comparingInt(SearchHit::score).reversed()
            .thenComparingInt(h -> h.name().length())
            .thenComparing(SearchHit::id))
        .limit(limit)
        .toList();
  }

  private static int score(String q, Entry e) {
    String key = e.key();
    if (key.equals(q)) {
      return 100;
    }
    if (key.startsWith(q + " ")) {
      return 95;
    }
    if (key.startsWith(q)) {
      return 90;
    }
    String[] qWords = q.split(" ");
    if (List.of(e.words()).contains(q)) {
      return 85;
    }
    if (everyWordStartsOneOf(qWords, e.words())) {
      return 80;
    }
    if (key.contains(q)) {
      return 60;
    }
    if (q.length() < 4) {
      return 0;
    }
    int allowed = q.length() >= 8 ? 2 : 1;
    String keyStart = key.substring(0, Math.min(key.length(), q.length() + allowed));
    int distance = EditDistance.within(q, keyStart, allowed);
    for (String word : e.words()) {
      distance = Math.min(distance, EditDistance.within(q, word, allowed));
    }
    return distance <= allowed ? 50 - 10 * distance : 0;
  }

  private static boolean everyWordStartsOneOf(String[] qWords, String[] words) {
    for (String qw : qWords) {
      boolean found = false;
      for (String w : words) {
        if (w.startsWith(qw)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1e6) / 1e6;
  }
}
