package org.corridoratlas.routing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridoratlas.network.Edge;
import org.corridoratlas.network.Mode;
import org.corridoratlas.network.Network;

/**
 * The edges a request may not use, from indexes built once per network: the edges of each mode, the edges that
 * are not built (what default options close), the edges whose use depends on a date (those with a status
 * history), and the edges of each feature and country. A request's closed set is made from the few lists its
 * constraints name, never by walking every edge; the last few sets are kept, since requests repeat their
 * constraints (a timeline date, an avoid list). A request's costs are then a view of the open costs over that set.
 */
final class Closures {
  private static final int KEPT = 8;

  private final Network network;
  private final Map<Mode, int[]> byMode = new EnumMap<>(Mode.class);
  private final int[] unbuilt;
  private final int[] dated;
  private final Map<String, int[]> byFeature;
  private final Map<String, int[]> byCountry;
  private final Map<Constraints, BitSet> recent = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Constraints, BitSet> eldest) {
      return size() > KEPT;
    }
  };

  /** What closes edges: the modes allowed, the date (null: the latest status), the ids and countries avoided. */
  record Constraints(Set<Mode> modes, LocalDate asOf, Set<String> avoid) {
    static final Constraints DEFAULT = new Constraints(Mode.DEFAULT, null, Set.of());
  }

  Closures(Network network) {
    this.network = network;
    Map<Mode, List<Integer>> modes = new EnumMap<>(Mode.class);
    List<Integer> notBuilt = new ArrayList<>();
    List<Integer> withHistory = new ArrayList<>();
    Map<String, List<Integer>> features = new HashMap<>();
    Map<String, List<Integer>> countries = new HashMap<>();
    for (Edge edge : network.edges()) {
      if (edge.mode() != null) {
        modes.computeIfAbsent(edge.mode(), m -> new ArrayList<>()).add(edge.id());
      }
      if (!edge.built()) {
        notBuilt.add(edge.id());
      }
      if (edge.timelines().stream().anyMatch(t -> !t.periods().isEmpty())) {
        withHistory.add(edge.id());
      }
      for (String id : edge.featureIds()) {
        features.computeIfAbsent(id, k -> new ArrayList<>()).add(edge.id());
      }
      if (edge.country() != null) {
        countries.computeIfAbsent(edge.country(), k -> new ArrayList<>()).add(edge.id());
      }
    }
    modes.forEach((mode, edges) -> byMode.put(mode, ints(edges)));
    this.unbuilt = ints(notBuilt);
    this.dated = ints(withHistory);
    this.byFeature = index(features);
    this.byCountry = index(countries);
  }

  /** The edges closed under these constraints (do not change the set: it is shared). */
  BitSet closed(Constraints c) {
    synchronized (recent) {
      BitSet known = recent.get(c);
      if (known != null) {
        return known;
      }
    }
    BitSet closed = new BitSet();
    byMode.forEach((mode, edges) -> {
      if (!c.modes().contains(mode)) {
        set(closed, edges);
      }
    });
    if (c.asOf() == null) {
      set(closed, unbuilt);
    } else {
      for (int e : dated) {
        if (!network.edge(e).usableOn(c.asOf())) {
          closed.set(e);
        }
      }
    }
    for (String id : c.avoid()) {
      set(closed, byFeature.getOrDefault(id, new int[0]));
      set(closed, byCountry.getOrDefault(id, new int[0]));
    }
    synchronized (recent) {
      recent.put(c, closed);
    }
    return closed;
  }

  private static void set(BitSet closed, int[] edges) {
    for (int e : edges) {
      closed.set(e);
    }
  }

  private static int[] ints(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  private static Map<String, int[]> index(Map<String, List<Integer>> lists) {
    Map<String, int[]> out = new HashMap<>();
    lists.forEach((key, edges) -> out.put(key, ints(edges)));
    return out;
  }
}
