package org.corridoratlas.http.ogcapi;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Encoded GeoJSON item pages by their canonical URL. A page depends only on the data, loaded once, and on its
 * URL, so it is encoded once and then served as stored bytes (the map and GIS clients ask for the same few
 * pages again and again). Bounded in bytes: once full, further pages are encoded per request; nothing is
 * evicted, so a client sending endless distinct queries costs memory up to the bound and no more.
 */
final class PageCache {
  private static final long MAX_BYTES = 64L << 20;
  private final ConcurrentHashMap<String, byte[]> pages = new ConcurrentHashMap<>();
  private final AtomicLong bytes = new AtomicLong();

  Optional<byte[]> find(String url) {
    return Optional.ofNullable(pages.get(url));
  }

  void keep(String url, byte[] page) {
    if (bytes.get() + page.length + url.length() <= MAX_BYTES && pages.putIfAbsent(url, page) == null) {
      bytes.addAndGet(page.length + url.length());
    }
  }
}
