package org.corridoratlas.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pages preload their whole module graph, found by following the imports, so no list goes stale. */
class WebAssetsTest {
  private static final Pattern PRELOAD =
      Pattern.compile("<link rel=\"modulepreload\" href=\"/v/[0-9a-f]+/([a-z0-9-]+\\.js)\"");

  private static List<String> preloads(String page) {
    Matcher m = PRELOAD.matcher(page);
    return m.results().map(r -> r.group(1)).toList();
  }

  @Test
  void the_app_page_preloads_every_module_main_reaches_and_nothing_else() throws Exception {
    List<String> preloaded = preloads(TestServer.get("/").body());
    // Reached only through other modules (main.js -> routes.js -> combobox.js), or imported over several lines.
    assertThat(preloaded).contains("combobox.js", "names.js", "i18n.js", "places.js", "share.js")
        .doesNotContain("main.js", "embed.js").doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(WebAssets.importedBy("main.js"));
  }

  @Test
  void the_embed_page_preloads_only_the_modules_the_embed_uses() throws Exception {
    List<String> preloaded = preloads(TestServer.get("/embed?corridor=jian-manpo").body());
    assertThat(preloaded).containsExactlyInAnyOrder("api.js", "dom.js", "i18n.js", "registry.js", "status.js",
        "styles.js");
  }
}
