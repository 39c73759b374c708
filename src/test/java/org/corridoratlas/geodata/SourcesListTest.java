package org.corridoratlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** geodata/SOURCES.md is generated (geodata/tools/sources.py); this catches a layer edit it was not rerun after. */
class SourcesListTest {
  @Test
  void the_bibliography_lists_every_source_the_layers_cite() throws IOException {
    String bibliography = Files.readString(Path.of("geodata", "SOURCES.md"));
    GeoData data = GeoDataLoader.load(Path.of("geodata")).data();
    Arrays.stream(LayerKind.values()).flatMap(kind -> data.layer(kind).stream())
        .flatMap(feature -> feature.sources().stream())
        .forEach(source -> assertThat(bibliography)
            .as("rerun python3 geodata/tools/sources.py geodata")
            .contains(source.url() == null || source.url().isBlank() ? source.title() : "<" + source.url() + ">"));
  }
}
