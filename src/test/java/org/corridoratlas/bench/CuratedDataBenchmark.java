package org.corridoratlas.bench;

import java.nio.file.Path;
import org.corridoratlas.Atlas;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.geodata.GeoDataLoader;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the JMH benchmarks share (JMH reads these annotations through subclasses): one way to measure, so their
 * figures compare, and the curated atlas they run on (the geodata folder, or -Datlas.data=DIR).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public abstract class CuratedDataBenchmark {
  /** Loaded without validation, as the server would serve it: validation is not what is measured. */
  static Atlas curatedAtlas() {
    return new Atlas(new Catalog(GeoDataLoader.load(Path.of(System.getProperty("atlas.data", "geodata"))).data()));
  }
}
