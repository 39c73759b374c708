package org.corridoratlas.http.ogcapi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Encoded GeoJSON item pages by their path and canonical query (links come from the public URL, so the Host header
 * is no part of a page), each also gzipped. A page depends only on the data, loaded once, and on its URL, so it is
 * encoded and compressed once and then served as stored bytes (the map and GIS clients ask for the same few pages
 * again and again; gzipping a big page per request cost more than the rest of the request together). Bounded in
 * bytes, least recently used first out: a client sending endless distinct queries pushes out only pages nobody
 * asked for since, and the map's hot pages stay.
 */
final class PageCache {
  static final long DEFAULT_MAX_BYTES = 64L << 20;
  private final long maxBytes;
  private final ConcurrentHashMap<String, Stored> pages = new ConcurrentHashMap<>();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong clock = new AtomicLong();

  PageCache() {
    this(DEFAULT_MAX_BYTES);
  }

  PageCache(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** One page, as is and gzipped; {@code lastUsed} orders eviction. */
  static final class Stored {
    private final byte[] raw;
    private final byte[] gzip;
    private volatile long lastUsed;

    Stored(byte[] raw, byte[] gzip) {
      this.raw = raw;
      this.gzip = gzip;
    }

    byte[] raw() {
      return raw;
    }

    byte[] gzip() {
      return gzip;
    }

    long size(String key) {
      return raw.length + gzip.length + key.length();
    }
  }

  Optional<Stored> find(String key) {
    Stored stored = pages.get(key);
    if (stored != null) {
      stored.lastUsed = clock.incrementAndGet();
    }
    return Optional.ofNullable(stored);
  }

  /** Keeps the page, evicting the least recently used ones to make room; empty when the page alone is too big. */
  Optional<Stored> keep(String key, byte[] page) {
    Stored stored = find(key).orElse(null);
    if (stored != null) {
      return Optional.of(stored);
    }
    if (page.length * 2L + key.length() > maxBytes) {
      return Optional.empty();
    }
    Stored fresh = new Stored(page, gzip(page));
    fresh.lastUsed = clock.incrementAndGet();
    synchronized (this) { // one writer at a time; readers never wait
      if (pages.putIfAbsent(key, fresh) != null) {
        return Optional.of(pages.get(key));
      }
      bytes.addAndGet(fresh.size(key));
      if (bytes.get() > maxBytes) {
        evict(key);
      }
    }
    return Optional.of(fresh);
  }

  /** Drops least recently used pages (never {@code keep}) until the cache is within its bound. */
  private void evict(String keep) {
    var oldestFirst = pages.entrySet().stream().filter(e -> !e.getKey().equals(keep))
        .sorted(Comparator.comparingLong(e -> e.getValue().lastUsed)).map(Map.Entry::getKey).toList();
    for (String key : oldestFirst) {
      if (bytes.get() <= maxBytes) {
        break;
      }
      Stored gone = pages.remove(key);
      if (gone != null) {
        bytes.addAndGet(-gone.size(key));
      }
    }
  }

  long bytes() {
    return bytes.get();
  }

  int size() {
    return pages.size();
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
