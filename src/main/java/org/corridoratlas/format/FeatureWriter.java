package org.corridoratlas.format;

import java.io.IOException;
import java.io.OutputStream;

/** One encoding of features: its {@link Format} (key, file extension, media type) and how to write them. */
public interface FeatureWriter {
  Format format();

  default String mediaType() {
    return format().contentType();
  }

  void write(Features features, OutputStream out) throws IOException;
}
