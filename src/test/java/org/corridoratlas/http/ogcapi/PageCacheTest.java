package org.corridoratlas.http.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The page cache stays within its bytes by dropping the least recently used pages, never refusing new ones. */
class PageCacheTest {
  private static byte[] page(int n) {
    return ("{\"page\":" + n + ",\"pad\":\"" + "x".repeat(1000) + "\"}").getBytes();
  }

  @Test
  void least_recently_used_pages_go_first_and_the_bound_holds() {
    long onePage = page(0).length + 100; // raw + gzip (small) + key
    PageCache cache = new PageCache(3 * onePage);
    for (int n = 0; n < 3; n++) {
      assertThat(cache.keep("/p" + n, page(n))).isPresent();
    }
    assertThat(cache.find("/p0")).isPresent(); // p0 used again: p1 is now the oldest
    for (int n = 3; n < 900; n++) {
      assertThat(cache.keep("/p" + n, page(n))).as("page %d is kept", n).isPresent();
      cache.find("/p0");
      assertThat(cache.bytes()).isLessThanOrEqualTo(3 * onePage);
    }
    assertThat(cache.find("/p0")).as("the hot page stays").isPresent();
    assertThat(cache.find("/p1")).isEmpty();
    assertThat(cache.find("/p899")).isPresent();
  }

  @Test
  void a_page_larger_than_the_whole_cache_is_not_kept() {
    assertThat(new PageCache(100).keep("/big", page(1))).isEmpty();
  }
}
