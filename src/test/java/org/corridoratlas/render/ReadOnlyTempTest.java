package org.corridoratlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.http.RealData;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * The atlas runs on a read-only file system (a container's root) apart from its cache: a picture is drawn and
 * encoded in memory, in a JVM whose java.io.tmpdir cannot be written. The same JVM with ImageIO's disk cache
 * switched back on fails, which shows the check can fail.
 */
class ReadOnlyTempTest {
  @Test
  void a_png_is_drawn_with_an_unwritable_temp_folder() throws Exception {
    assertThat(child("memory")).isEqualTo("PNG 300x200");
  }

  @Test
  void with_the_disk_cache_on_the_same_fails() throws Exception {
    assertThat(child("disk-cache")).contains("cache");
  }

  private static String child(String mode) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Djava.io.tmpdir=/nonexistent/read-only-root",
        "-cp", System.getProperty("java.class.path"), Child.class.getName(), mode)
        .redirectErrorStream(false).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  /** Draws one PNG of the real data and prints its size, or the failure. */
  public static final class Child {
    public static void main(String[] args) {
      try {
        SceneRenderer renderer = new SceneRenderer(RealData.atlas().catalog());
        if (args[0].equals("disk-cache")) {
          ImageIO.setUseCache(true);
        }
        byte[] png = renderer.png(new MapRequest(300, 200, new Envelope(118, 136, 36, 47), Set.of(LayerKind.RAILWAYS),
            LocalDate.of(2024, 1, 1), List.of(), "", "", true));
        var image = ImageIO.read(new ByteArrayInputStream(png));
        System.out.println("PNG " + image.getWidth() + "x" + image.getHeight());
      } catch (RuntimeException | IOException e) {
        System.out.println("failed: " + e + (e.getCause() == null ? "" : " / " + e.getCause()));
      }
    }
  }
}
