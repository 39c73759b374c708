package org.corridoratlas.http.ogcapi;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridoratlas.format.Format;
import org.corridoratlas.http.AtlasServer;
import org.corridoratlas.http.Caching;
import org.corridoratlas.http.Negotiation;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The map's one hot request, {@code GET /ogcapi/collections/{id}/items?limit=10000}, answered from the page cache
 * in Jetty's core, before the servlet and Javalin layers, which cost more per request than writing the page
 * itself (profiled: the items handler was under a tenth of the time). Only a page Javalin's handler already
 * encoded and cached is served here, with the headers that handler and the before-handlers set for it
 * (ItemsFastPathTest compares both answers); anything else (another query, HEAD, a conditional request, an
 * Accept that is not JSON, a page not cached yet) goes on to Javalin unchanged.
 */
final class ItemsFastPath extends Handler.Wrapper {
  private static final Logger ACCESS = LoggerFactory.getLogger("access");
  private static final Pattern PATH = Pattern.compile(OgcApi.BASE + "/collections/[a-z0-9-]{1,64}/items");
  /** The canonical query string of that page, as {@link ItemsRequest#query} writes it. */
  static final String FULL_PAGE_QUERY = "?limit=10000&offset=0";
  

  private final Supplier<ItemsHandler> current;
  private final Map<String, String> fixedHeaders;

  /** {@code current}: the items handler of the data served at the time of each request. */
  ItemsFastPath(Supplier<ItemsHandler> current, Map<String, String> fixedHeaders) {
    this.current = current;
    this.fixedHeaders = fixedHeaders;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    // One read: a reload between two could pair a page with the other version's tag.
    ItemsHandler items = current.get();
    String version = items.dataVersion();
    PageCache.Stored page = storedPage(request, items.pages());
    if (page == null) {
      return super.handle(request, response, callback);
    }
    long start = System.nanoTime();
    boolean gzip = ItemsHandler.acceptsGzip(request.getHeaders().get(HttpHeader.ACCEPT_ENCODING));
    byte[] body = gzip ? page.gzip() : page.raw();
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, Format.GEOJSON.contentType());
    fixedHeaders.forEach(headers::put);
    headers.put(AtlasServer.DATA_VERSION_HEADER, version);
    headers.put(HttpHeader.ETAG, Caching.etag(version, "items-" + Format.GEOJSON.key()));
    headers.put(HttpHeader.CACHE_CONTROL, Caching.CACHE_CONTROL);
    headers.put(HttpHeader.VARY, Caching.VARY);
    if (gzip) {
      headers.put(HttpHeader.CONTENT_ENCODING, "gzip");
    }
    headers.put(HttpHeader.CONTENT_LENGTH, body.length);
    response.setStatus(200);
    response.write(true, ByteBuffer.wrap(body), callback);
    if (ACCESS.isInfoEnabled()) {
      ACCESS.info("{} {} {} {} {}ms", Request.getRemoteAddr(request), request.getMethod(),
          request.getHttpURI().getPath(), 200, Math.round((System.nanoTime() - start) / 1e6));
    }
    return true;
  }

  /** The cached full page this request asks for, or null when Javalin should answer it. */
  private PageCache.Stored storedPage(Request request, PageCache pages) {
    if (!"limit=10000".equals(request.getHttpURI().getQuery()) || !"GET".equals(request.getMethod())) {
      return null;
    }
    String path = request.getHttpURI().getPath();
    Matcher m = PATH.matcher(path);
    HttpFields headers = request.getHeaders();
    if (!m.matches() || headers.contains(HttpHeader.IF_NONE_MATCH)) {
      return null;
    }
    try {
      if (Negotiation.choose(headers.get(HttpHeader.ACCEPT), ItemsRequest.FORMATS) != Format.GEOJSON) {
        return null;
      }
    } catch (RuntimeException notAcceptable) {
      return null;
    }
    return pages.find(path + FULL_PAGE_QUERY).orElse(null);
  }
}
