package org.corridoratlas.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.corridoratlas.geo.Bbox;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.geodata.StatusPeriod;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/** One layer's features in file order, with an STRtree built once and an index by id. */
public final class Layer {
  private final LayerKind kind;
  private final List<Feature> features;
  private final Map<String, Feature> byId = new LinkedHashMap<>();
  private final Map<String, Integer> position = new HashMap<>();
  private final List<Queryable> queryables;
  private final STRtree index = new STRtree();
  private final Envelope extent = new Envelope();

  Layer(LayerKind kind, List<Feature> features) {
    this.kind = kind;
    this.features = List.copyOf(features);
    for (Feature f : this.features) {
      position.put(f.id(), position.size());
      byId.put(f.id(), f);
      index.insert(f.geometry().getEnvelopeInternal(), f);
      extent.expandToInclude(f.geometry().getEnvelopeInternal());
    }
    index.build();
    this.queryables = Queryables.of(this.features);
  }

  public LayerKind kind() {
    return kind;
  }

  public String id() {
    return kind.id();
  }

  public List<Feature> features() {
    return features;
  }

  public Optional<Feature> findFeature(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Features whose geometry intersects the box, in file order. */
  public List<Feature> intersecting(Bbox bbox) {
    List<Feature> hits = new ArrayList<>();
    for (Envelope box : bbox.envelopes()) {
      @SuppressWarnings("unchecked")
      List<Feature> candidates = index.query(box);
      candidates.stream()
          .filter(f -> f.geometry().getEnvelopeInternal().intersects(box))
          .filter(f -> f.geometry().intersects(f.geometry().getFactory().toGeometry(box)))
          .forEach(hits::add);
    }
    return hits.stream().distinct().sorted(Comparator.comparingInt(f -> position.get(f.id()))).toList();
  }

  /** The properties items can be filtered on, in a stable order; {@code status} and {@code name} first. */
  public List<Queryable> queryables() {
    return queryables;
  }

  public Optional<Queryable> findQueryable(String name) {
    return queryables.stream().filter(q -> q.name().equals(name)).findFirst();
  }

  /**
   * The page the query asks for. The filters must name queryables of this layer (the caller checks, to say
   * which parameter is at fault); {@code status} compares with the status on the query's date, or today.
   */
  public FeaturePage query(ItemsQuery query) {
    List<Feature> candidates = query.bbox() == null ? features : intersecting(query.bbox());
    List<Feature> matched = new ArrayList<>();
    for (Feature f : candidates) {
      if (FeatureMatch.window(f, query.datetime()) && FeatureMatch.filters(f, query.filters(), query.datetime())
          && FeatureMatch.expression(f, query.filter(), query.datetime())) {
        matched.add(f);
      }
    }
    int from = Math.min(query.offset(), matched.size());
    int to = Math.min(matched.size(), from + query.limit());
    return new FeaturePage(query, matched.subList(from, to), matched.size());
  }

  /** The spatial extent of all features; empty layers give a null envelope. */
  public Envelope extent() {
    return new Envelope(extent);
  }

  /** The earliest and latest dates that any feature's timeline names (either may be absent). */
  public Optional<LocalDate> firstDate() {
    return features.stream().flatMap(f -> f.status().periods().stream()).map(StatusPeriod::from)
        .filter(Objects::nonNull).min(Comparator.naturalOrder());
  }

  public Optional<LocalDate> lastDate() {
    boolean openEnded = features.stream().flatMap(f -> f.status().periods().stream())
        .anyMatch(p -> p.to() == null);
    if (openEnded) {
      return Optional.empty();
    }
    return features.stream().flatMap(f -> f.status().periods().stream()).map(StatusPeriod::to)
        .filter(Objects::nonNull).max(Comparator.naturalOrder());
  }
}
