package org.corridoratlas.http.ogcapi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Encoded GeoJSON item pages by their canonical URL, each also gzipped. A page depends only on the data, loaded
 * once, and on its URL, so it is encoded and compressed once and then served as stored bytes (the map and GIS
 * clients ask for the same few pages again and again; gzipping a big page per request cost more than the rest
 * of the request together). Bounded in bytes: once full, further pages are encoded per request; nothing is
 * evicted, so a client sending endless distinct queries costs memory up to the bound and no more.
 */
final class PageCache {
  private static final long MAX_BYTES = 64L << 20;
  private final ConcurrentHashMap<String, Stored> pages = new ConcurrentHashMap<>();
  private final AtomicLong bytes = new AtomicLong();

  /** One page, as is and gzipped. */
  record Stored(byte[] raw, byte[] gzip) {}

  Optional<Stored> find(String url) {
    return Optional.ofNullable(pages.get(url));
  }

  /** Keeps the page when there is room; empty when the cache is full. */
  Optional<Stored> keep(String url, byte[] page) {
    if (bytes.get() + page.length + url.length() > MAX_BYTES) {
      return Optional.empty();
    }
    Stored stored = pages.computeIfAbsent(url, u -> {
      Stored s = new Stored(page, gzip(page));
      bytes.addAndGet(s.raw().length + s.gzip().length + u.length());
      return s;
    });
    return Optional.of(stored);
  }

  private static byte[] gzip(byte[] page) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(page.length / 4 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out, 64 * 1024) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }) {
      gz.write(page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
