package org.corridoratlas.format;

import java.io.IOException;
import java.io.OutputStream;

/** One encoding of features: its media type and how to write them. */
public interface FeatureWriter {
  String mediaType();

  void write(Features features, OutputStream out) throws IOException;
}
