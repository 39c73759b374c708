package org.corridoratlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG writer is lossless: any reader gets back every pixel as painted. */
class PngEncoderTest {
  private static int[] pixels(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }

  @Test
  void a_painted_picture_and_noise_read_back_pixel_for_pixel() throws IOException {
    BufferedImage image = new BufferedImage(301, 127, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0xd6e6f2));
    g.fillRect(0, 0, 301, 127);
    g.setColor(new Color(0x1b4f9c));
    g.fill(new Ellipse2D.Double(20.3, 10.7, 200, 90));
    g.dispose();
    Random random = new Random(7);
    for (int x = 250; x < 301; x++) {
      for (int y = 0; y < 127; y++) {
        image.setRGB(x, y, random.nextInt());
      }
    }
    byte[] png = PngEncoder.encode(image);
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(read.getWidth()).isEqualTo(301);
    assertThat(read.getHeight()).isEqualTo(127);
    assertThat(pixels(read)).isEqualTo(pixels(image));
  }
}
