package org.corridoratlas.http.embed;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.catalog.UnknownId;
import org.corridoratlas.config.BadParameter;
import org.corridoratlas.config.Limits;
import org.corridoratlas.format.Format;
import org.corridoratlas.geodata.LayerKind;
import org.corridoratlas.http.Caching;
import org.corridoratlas.http.Problem;
import org.corridoratlas.http.Problems;
import org.corridoratlas.http.PublicUrl;
import org.corridoratlas.http.RenderQueue;
import org.corridoratlas.http.QueryParams;
import org.corridoratlas.http.WebAssets;
import org.corridoratlas.render.MapRequest;
import org.corridoratlas.i18n.Messages;
import org.corridoratlas.render.SceneRenderer;
import org.corridoratlas.routing.Router;

/**
 * Embeds: /embed (a small Leaflet page for an iframe), /static.png and /static.svg (the same map drawn on the
 * server), /oembed (the provider answering for links to either, or to the app) and the app page with its discovery
 * tags. Any site may frame an embed; the app may only be framed by itself.
 */
public final class EmbedHandlers {
  /** Paths any site may put in a frame; everything else is framed by the atlas alone. */
  private static final Set<String> FRAMEABLE = Set.of("/embed", "/static.png", "/static.svg", "/oembed");
  private static final Set<String> OEMBED_PARAMS = Set.of("url", "maxwidth", "maxheight", "format");
  private static final int CACHE_SECONDS = 3600;

  private final Catalog catalog;
  private final Router router;
  private final SceneRenderer renderer;
  private final EmbedPage page = new EmbedPage();
  private final RenderQueue renders;
  private final String appPage;

  public EmbedHandlers(Catalog catalog, Router router) {
    this(catalog, router, new RenderQueue(Limits.DEFAULT));
  }

  /** {@code renders}: the admission of pictures, shared with the server's request gate. */
  public EmbedHandlers(Catalog catalog, Router router, RenderQueue renders) {
    this.catalog = catalog;
    this.renders = renders;
    this.router = router;
    this.renderer = new SceneRenderer(catalog);
    this.appPage = WebAssets.prepared(EmbedPage.localised(EmbedPage.resource("/web/index.html"),
        Messages.of("en")));
  }

  public void register(JavalinConfig config) {
    config.routes.get("/", this::appPage);
    config.routes.get("/index.html", this::appPage);
    config.routes.get("/embed", this::embed);
    config.routes.get("/embed.html", ctx -> ctx.redirect("/embed" + (ctx.queryString() == null ? ""
        : "?" + ctx.queryString())));
    config.routes.get("/static.png", ctx -> staticPicture(ctx, "png"));
    config.routes.get("/static.svg", ctx -> staticPicture(ctx, "svg"));
    config.routes.get("/oembed", this::oembed);
  }

  private static final Map<String, String> FRAMEABLE_HEADERS = Map.of("Content-Security-Policy", "frame-ancestors *");
  private static final Map<String, String> SAME_ORIGIN_HEADERS = orderedMap(
      "Content-Security-Policy", "frame-ancestors 'self'", "X-Frame-Options", "SAMEORIGIN");

  /** The headers that say who may frame the answer at this path (AtlasServer sets them on every answer). */
  public static Map<String, String> framingHeaders(String path) {
    return FRAMEABLE.contains(path) ? FRAMEABLE_HEADERS : SAME_ORIGIN_HEADERS;
  }

  private static Map<String, String> orderedMap(String... pairs) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  /**
   * GET /static.png and /static.svg: the embed drawn on the server from one scene, as PNG or as SVG; weak ETag of
   * data version, format and normalised parameters (see {@link Caching}).
   */
  void staticPicture(Context ctx, String format) {
    EmbedParams params = EmbedParams.parse(ctx.queryParamMap());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String sources = base(ctx) + "/";
    // Resolved first, so that an unknown id is a 404 without validators.
    MapRequest request = EmbedSubject.of(params, catalog, router).mapRequest(params, today, sources);
    // The picture of a request without a date changes with the day, so the day shown is part of the variant.
    String variant = Caching.digest(format + "&" + params.canonicalQuery(true) + "&shown=" + params.shownDate(today)
        + "&sources=" + sources);
    if (Caching.notModified(ctx, catalog.dataVersion(), variant)) {
      return;
    }
    // A 2048 px picture holds 16 MB while drawn: a burst of them waits its turn, briefly, or is told to come back.
    byte[] body = renders.draw(request.widthPx() * (long) request.heightPx(),
        () -> format.equals("svg") ? renderer.svg(request).getBytes(StandardCharsets.UTF_8) : renderer.png(request));
    ctx.contentType(format.equals("svg") ? "image/svg+xml; charset=utf-8" : "image/png");
    ctx.result(body);
  }

  /** GET /embed: the iframe page; a bad parameter gives a readable page inside the frame, not JSON. */
  void embed(Context ctx) {
    EmbedParams params;
    EmbedSubject subject;
    try {
      params = EmbedParams.parse(ctx.queryParamMap());
      subject = EmbedSubject.of(params, catalog, router);
    } catch (BadParameter e) {
      html(ctx.status(400), EmbedPage.error(400, "Parameter \"" + e.parameter() + "\": " + e.getMessage()));
      return;
    } catch (UnknownId e) {
      String hint = e.suggestions().isEmpty() ? "" : " Did you mean " + String.join(", ", e.suggestions()) + "?";
      html(ctx.status(404), EmbedPage.error(404, e.getMessage() + "." + hint));
      return;
    }
    String base = base(ctx);
    String pageUrl = base + "/embed" + query(params.canonicalQuery(false));
    String staticUrl = base + "/static.png" + query(params.canonicalQuery(true));
    ctx.header("Cache-Control", Caching.CACHE_CONTROL);
    html(ctx, WebAssets.versioned(page.page(subject.title(params), params.lang(), dataOf(params), oembedUrl(base,
        pageUrl), staticUrl, pageUrl)));
  }

  /**
   * The JSON an embed page fetches before its first full frame, in web/embed.js's order: the registry and messages,
   * the subject, the basemap and reference layers, the drawn layers. A route is left to the page (computed, and its
   * URL built there).
   */
  private List<String> dataOf(EmbedParams params) {
    List<String> paths = new ArrayList<>(List.of("/api/layers", "/i18n/en.json"));
    if (!params.lang().equals("en")) {
      paths.add("/i18n/" + params.lang() + ".json");
    }
    if (params.corridor() != null) {
      paths.add("/api/corridors/" + params.corridor());
    } else if (params.feature() != null) {
      catalog.findFeature(params.feature()).ifPresent(f -> paths.add("/ogcapi/collections/" + f.layer() + "/items/"
          + f.id()));
    }
    for (String name : List.of("countries", "boundaries", "lakes", "rivers", "admin1-lines", "places", "seas")) {
      paths.add("/api/basemap/" + name);
    }
    LayerKind.inDrawOrder().stream().filter(params.layers()::contains).forEach(k -> paths.add("/api/layers/" + k.id()));
    return paths;
  }

  /** GET /oembed: oEmbed 1.0 for links to /embed or to the app; 404 for others, 501 for formats but JSON. */
  void oembed(Context ctx) {
    QueryParams q = QueryParams.of(ctx, OEMBED_PARAMS);
    String format = q.string("format").orElse(null);
    if (format != null && !format.equals("json")) {
      Problems.send(ctx, Problem.of(501, "Not Implemented", "this provider answers format=json only"));
      return;
    }
    String url = q.string("url").orElse(null);
    if (url == null || url.isBlank()) {
      throw new BadParameter("url", "required: the URL of an embed or of the atlas app");
    }
    // Consumers may allow more than we draw; the picture stops at 2048.
    int maxWidth = Math.min(MapRequest.MAX_SIDE_PX, q.integer("maxwidth", MapRequest.MAX_SIDE_PX,
        MapRequest.MIN_SIDE_PX, Integer.MAX_VALUE));
    int maxHeight = Math.min(MapRequest.MAX_SIDE_PX, q.integer("maxheight", MapRequest.MAX_SIDE_PX,
        MapRequest.MIN_SIDE_PX, Integer.MAX_VALUE));
    String base = base(ctx);
    Map<String, List<String>> query = ourQuery(url, PublicUrl.authority(ctx));
    if (query == null) {
      Problems.send(ctx, Problem.of(404, "Not Found", "not a URL of this atlas: only its app and /embed pages"));
      return;
    }
    EmbedParams params;
    EmbedSubject subject;
    try {
      params = EmbedParams.parse(query);
      subject = EmbedSubject.of(params, catalog, router);
    } catch (BadParameter e) {
      throw new BadParameter("url", "its parameter \"" + e.parameter() + "\": " + e.getMessage());
    }
    // Shrunk to fit both limits with its shape kept, as oEmbed consumers expect.
    double scale = Math.min(1, Math.min((double) maxWidth / params.widthPx(), (double) maxHeight / params.heightPx()));
    int width = Math.max(MapRequest.MIN_SIDE_PX, (int) Math.floor(params.widthPx() * scale));
    int height = Math.max(MapRequest.MIN_SIDE_PX, (int) Math.floor(params.heightPx() * scale));
    String title = subject.title(params);
    String embedUrl = base + "/embed" + query(params.canonicalQuery(false));
    String thumbnail = base + "/static.png" + query(params.sized(width, height).canonicalQuery(true));
    String html = "<iframe src=\"" + EmbedPage.escape(embedUrl) + "\" width=\"" + width + "\" height=\"" + height
        + "\" style=\"border:0;max-width:100%\" loading=\"lazy\" title=\"" + EmbedPage.escape(title)
        + "\" allowfullscreen></iframe>";
    ctx.header("Cache-Control", "public, max-age=" + CACHE_SECONDS);
    ctx.json(new OEmbed("rich", "1.0", title, OEmbed.PROVIDER, base + "/", CACHE_SECONDS, html, width, height,
        thumbnail, width, height));
  }

  /**
   * The JSON the app needs before it can draw anything (web/main.js): the registry and the English messages (every
   * language's fallback). The layers and the basemap are asked for once the map's frame is up: hinted here, they
   * would share the first second's bandwidth with the page's own scripts and hold back its first picture.
   */
  private static final List<String> APP_DATA = List.of("/api/layers", "/i18n/en.json");

  /** GET /: the app page with oEmbed discovery, a preview image and preload hints in its head. */
  void appPage(Context ctx) {
    String base = base(ctx);
    String tags = EmbedPage.discovery(OEmbed.PROVIDER, oembedUrl(base, base + "/"), base + "/static.png",
        base + "/");
    String page = appPage.replaceFirst("</head>", Matcher.quoteReplacement("  " + tags + "\n  "
        + EmbedPage.preloads(APP_DATA) + "\n</head>"));
    html(ctx, WebAssets.versioned(page));
  }

  /** The embed query of a URL of this atlas (an /embed link, or the app with its state in the hash); else null. */
  static Map<String, List<String>> ourQuery(String url, String host) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return null;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String authority = uri.getRawAuthority();
    if (!(scheme.equals("http") || scheme.equals("https")) || authority == null
        || !sameSite(scheme, authority, host)) {
      return null;
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (path.equals("/embed")) {
      return split(uri.getRawQuery());
    }
    if (path.equals("/") || path.equals("/index.html")) {
      return AppHash.embedQuery(uri.getRawFragment());
    }
    return null;
  }

  /**
   * Whether a link's authority names this server as the request did: case, the scheme's default port and the
   * loopback aliases (a link copied from http://localhost:8080 asked for through 127.0.0.1:8080) do not matter.
   */
  static boolean sameSite(String scheme, String authority, String host) {
    return siteKey(scheme, authority).equals(siteKey(scheme, host));
  }

  private static String siteKey(String scheme, String authority) {
    String a = authority.toLowerCase(Locale.ROOT);
    int colon = a.lastIndexOf(':');
    boolean hasPort = colon > a.lastIndexOf(']');
    String name = hasPort ? a.substring(0, colon) : a;
    String port = hasPort ? a.substring(colon + 1) : "";
    if (port.isEmpty() || port.equals(scheme.equals("https") ? "443" : "80")) {
      port = "";
    }
    if (name.equals("localhost") || name.equals("127.0.0.1") || name.equals("[::1]")) {
      name = "loopback";
    }
    return name + ":" + port;
  }

  private static Map<String, List<String>> split(String rawQuery) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      int at = pair.indexOf('=');
      String name = URLDecoder.decode(at < 0 ? pair : pair.substring(0, at), StandardCharsets.UTF_8);
      String value = at < 0 ? "" : URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static void html(Context ctx, String page) {
    ctx.contentType(Format.HTML.contentType()).result(page);
  }

  private static String oembedUrl(String base, String pageUrl) {
    return base + "/oembed?format=json&url=" + URLEncoder.encode(pageUrl, StandardCharsets.UTF_8);
  }

  private static String base(Context ctx) {
    return PublicUrl.of(ctx);
  }

  private static String query(String canonical) {
    return canonical.isEmpty() ? "" : "?" + canonical;
  }
}
