package org.corridoratlas.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.corridoratlas.catalog.search.SearchIndex;
import org.corridoratlas.geodata.Corridor;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.GeoData;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.geodata.PartialDate;
import org.corridoratlas.geodata.Source;

/** Every layer of the atlas, indexed once at start-up and read-only afterwards. */
public final class Catalog {
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private final GeoData data;
  private final Map<String, Layer> layers = new LinkedHashMap<>();
  private final Map<String, Feature> features = new LinkedHashMap<>();
  private final Map<String, Corridor> corridors = new LinkedHashMap<>();
  private final SearchIndex search;

  public Catalog(GeoData data) {
    this.data = data;
    for (LayerKind kind : LayerKind.values()) {
      Layer layer = new Layer(kind, data.layer(kind));
      layers.put(kind.id(), layer);
      layer.features().forEach(f -> features.put(f.id(), f));
    }
    data.corridors().forEach(c -> corridors.put(c.id(), c));
    this.search = new SearchIndex(List.copyOf(features.values()));
  }

  /** Name search over every feature, built once here. */
  public SearchIndex search() {
    return search;
  }

  public GeoData data() {
    return data;
  }

  public List<Layer> layers() {
    return new ArrayList<>(layers.values());
  }

  public Optional<Layer> findLayer(String id) {
    return Optional.ofNullable(layers.get(id));
  }

  public Layer getLayer(String id) {
    return findLayer(id).orElseThrow(() -> new UnknownId("collection", id, layers.keySet()));
  }

  public Layer layer(LayerKind kind) {
    return layers.get(kind.id());
  }

  public Optional<Feature> findFeature(String id) {
    return Optional.ofNullable(features.get(id));
  }

  public Feature getFeature(String id) {
    return findFeature(id).orElseThrow(() -> new UnknownId("feature", id, features.keySet()));
  }

  public List<Feature> allFeatures() {
    return List.copyOf(features.values());
  }

  public List<Corridor> corridors() {
    return List.copyOf(corridors.values());
  }

  public Optional<Corridor> findCorridor(String id) {
    return Optional.ofNullable(corridors.get(id));
  }

  public Corridor getCorridor(String id) {
    return findCorridor(id).orElseThrow(() -> new UnknownId("corridor", id, corridors.keySet()));
  }

  public String dataVersion() {
    return data.version();
  }

  /**
   * The newest full date (YYYY-MM-DD) any source of the features carries: the day the data speaks of, the
   * same in every process that loads it (unlike the time it was loaded).
   */
  public LocalDate dataDate() {
    LocalDate newest = LocalDate.EPOCH;
    for (Feature feature : features.values()) {
      for (Source source : feature.sources()) {
        String date = source.date();
        if (date != null && FULL_DATE.matcher(date).matches()) {
          LocalDate day = PartialDate.firstDay(date).orElse(newest);
          newest = day.isAfter(newest) ? day : newest;
        }
      }
    }
    return newest;
  }
}
