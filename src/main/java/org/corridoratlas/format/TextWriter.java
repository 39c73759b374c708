package org.corridoratlas.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * What every text encoding shares (CSV, KML, GPX, of features or of a route): its {@link Format}, and UTF-8 written
 * through one {@link Writer}, flushed at the end but never closed, so the caller keeps the stream.
 */
abstract class TextWriter<T> {
  /** The XML declaration KML and GPX start with. */
  static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private final Format format;

  TextWriter(Format format) {
    this.format = format;
  }

  public Format format() {
    return format;
  }

  public void write(T value, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(value, w);
    w.flush();
  }

  abstract void write(T value, Writer w) throws IOException;
}
