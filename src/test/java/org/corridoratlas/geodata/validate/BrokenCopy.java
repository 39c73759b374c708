package org.corridoratlas.geodata.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.corridoratlas.geodata.Json;

/** A copy of the bundled geodata in a temporary folder, broken one field at a time by a test. */
public final class BrokenCopy {
  public static final Path BUNDLED = Path.of("geodata");
  private final Path dir;

  private BrokenCopy(Path dir) {
    this.dir = dir;
  }

  public static BrokenCopy of(Path tempDir) {
    try (Stream<Path> files = Files.walk(BUNDLED)) {
      for (Path source : files.toList()) {
        Path target = tempDir.resolve(BUNDLED.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BrokenCopy(tempDir);
  }

  public Path dir() {
    return dir;
  }

  /** The n-th feature of a layer, as stored. */
  public ObjectNode feature(String layer, int n) {
    return (ObjectNode) read("layers/" + layer + ".geojson").path("features").get(n);
  }

  /** Changes the n-th feature of a layer in place on disk. */
  public BrokenCopy editFeature(String layer, int n, Consumer<ObjectNode> edit) {
    return editFile("layers/" + layer + ".geojson", root -> edit.accept((ObjectNode) root.path("features").get(n)));
  }

  public BrokenCopy editFile(String relative, Consumer<JsonNode> edit) {
    JsonNode root = read(relative);
    edit.accept(root);
    write(relative, root.toString());
    return this;
  }

  public BrokenCopy write(String relative, String content) {
    try {
      Files.writeString(dir.resolve(relative), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public static ObjectNode properties(ObjectNode feature) {
    return (ObjectNode) feature.path("properties");
  }

  public static ArrayNode array(ObjectNode node, String field) {
    return (ArrayNode) node.path(field);
  }

  private JsonNode read(String relative) {
    try {
      return Json.MAPPER.readTree(dir.resolve(relative).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
