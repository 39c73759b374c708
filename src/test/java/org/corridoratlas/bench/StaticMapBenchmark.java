package org.corridoratlas.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.corridoratlas.Atlas;
import org.corridoratlas.http.embed.EmbedParams;
import org.corridoratlas.http.embed.EmbedSubject;
import org.corridoratlas.render.MapRequest;
import org.corridoratlas.render.SceneRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

/**
 * /static.png and /static.svg at 800 × 500 after warm-up, with place labels, the work of one request without HTTP:
 * resolve the subject, build the scene (layout, labels, legend), paint and encode PNG or write SVG. On the curated
 * data (the geodata folder, or -Datlas.data=DIR). Run with BENCHMARK=StaticMapBenchmark bench/jmh.sh.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StaticMapBenchmark extends CuratedDataBenchmark {
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
  private Atlas atlas;
  private SceneRenderer renderer;
  private EmbedParams region;
  private EmbedParams corridor;

  @Setup
  public void load() {
    atlas = curatedAtlas();
    renderer = new SceneRenderer(atlas.catalog());
    region = EmbedParams.parse(Map.of());
    corridor = EmbedParams.parse(Map.of("corridor", List.of(atlas.catalog().corridors().get(0).id())));
  }

  private MapRequest request(EmbedParams params) {
    return EmbedSubject.of(params, atlas.catalog(), atlas.router()).mapRequest(params, DAY, "http://127.0.0.1:7070/");
  }

  private byte[] png(EmbedParams params) {
    return renderer.png(request(params));
  }

  @Benchmark
  public byte[] wholeRegion800x500() {
    return png(region);
  }

  @Benchmark
  public byte[] corridor800x500() {
    return png(corridor);
  }

  @Benchmark
  public String wholeRegion800x500Svg() {
    return renderer.svg(request(region));
  }

  @Benchmark
  public String corridor800x500Svg() {
    return renderer.svg(request(corridor));
  }
}
