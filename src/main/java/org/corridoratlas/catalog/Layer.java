package org.corridoratlas.catalog;

import java.time.LocalDate;
import java.util.Comparator;
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
  private final STRtree index = new STRtree();
  private final Envelope extent = new Envelope();

  Layer(LayerKind kind, List<Feature> features) {
    this.kind = kind;
    this.features = List.copyOf(features);
    for (Feature f : this.features) {
      byId.put(f.id(), f);
      index.insert(f.geometry().getEnvelopeInternal(), f);
      extent.expandToInclude(f.geometry().getEnvelopeInternal());
    }
    index.build();
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
    Envelope box = bbox.envelope();
    @SuppressWarnings("unchecked")
    List<Feature> hits = index.query(box);
    return hits.stream()
        .filter(f -> f.geometry().getEnvelopeInternal().intersects(box))
        .filter(f -> f.geometry().intersects(f.geometry().getFactory().toGeometry(box)))
        .sorted(Comparator.comparingInt(features::indexOf))
        .toList();
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
