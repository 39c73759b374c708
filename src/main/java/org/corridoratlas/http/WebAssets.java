package org.corridoratlas.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The web app's own files (classpath {@code /web}) under versioned URLs, {@code /v/{version}/main.js}, served
 * {@code immutable}: the version is a digest of every file, so a changed file gets a new URL and a browser or CDN
 * may keep each one for a year. Pages are rewritten to point there; the modules' relative imports follow.
 */
public final class WebAssets {
  public static final String PATH = "/v/{version}/<file>";
  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  /** A reference to one of our own files in a page: relative, or at the root; not /webjars, not another site. */
  private static final Pattern OWN_FILE = Pattern.compile("(src|href)=\"/?([a-z0-9-]+\\.(?:js|css|svg|json))\"");
  /** A style sheet link of a page: ours ({@code style.css}) or a webjar's ({@code /webjars/...}). */
  private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\">");
  /** A relative {@code url(...)} in a style sheet, which must point at the sheet's own folder once inlined. */
  private static final Pattern RELATIVE_URL = Pattern.compile("url\\((['\"]?)(?![a-z]+:|/|#)");
  /** A page's module script: the entry of its module graph. */
  private static final Pattern MODULE_SCRIPT = Pattern.compile(
      "<script type=\"module\" src=\"(/?)([a-z0-9-]+\\.js)\"></script>");
  /** A static import or re-export of a sibling module ({@code import { t } from './i18n.js';}, across lines too). */
  private static final Pattern STATIC_IMPORT = Pattern.compile(
      "(?:\\bfrom|^import)\\s*'\\./([a-z0-9-]+\\.js)'", Pattern.MULTILINE);
  private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*\\.[a-z]{2,4}");
  private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "json", "application/json",
      "html", "text/html; charset=utf-8", "png", "image/png");
  private static final String VERSION = digestOfWebFolder();
  /** The files read so far: a few dozen small ones, read from the jar once rather than inflated per request. */
  private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

  private WebAssets() {}

  /** The digest of every file of the web app, the same in every process of one build. */
  public static String version() {
    return VERSION;
  }

  /** The page with its references to our own files made versioned. */
  public static String versioned(String page) {
    return OWN_FILE.matcher(page).replaceAll(m -> Matcher.quoteReplacement(
        m.group(1) + "=\"/v/" + VERSION + "/" + m.group(2) + "\""));
  }

  /**
   * The page with each of its style sheets put inline: a page paints as soon as its HTML has come, not after one
   * more request per sheet, and it paints styled (the sheets are small: Leaflet's and ours, 24 kB).
   */
  static String withInlineStyles(String page) {
    return STYLESHEET.matcher(page).replaceAll(m -> Matcher.quoteReplacement(
        "<style>\n" + styleSheet(m.group(1)).strip() + "\n</style>"));
  }

  /**
   * The page as it is served: its style sheets inline and its module graph preloaded (see the two steps). Both pages
   * go through here, so neither lists its modules by hand.
   */
  public static String prepared(String page) {
    return withModulePreloads(withInlineStyles(page));
  }

  /**
   * The page with a low-priority {@code modulepreload} after its module script for every module that script
   * imports, directly or not: the whole graph loads at once instead of one wave of imports after another, and a
   * module added to the app is preloaded without anyone listing it.
   */
  static String withModulePreloads(String page) {
    return MODULE_SCRIPT.matcher(page).replaceAll(m -> {
      StringBuilder out = new StringBuilder(m.group());
      for (String module : importedBy(m.group(2))) {
        out.append("\n  <link rel=\"modulepreload\" href=\"").append(m.group(1)).append(module)
            .append("\" fetchpriority=\"low\">");
      }
      return Matcher.quoteReplacement(out.toString());
    });
  }

  /** Every module {@code entry} imports statically, directly or through others, in the order first met. */
  static Set<String> importedBy(String entry) {
    Set<String> found = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(entry));
    while (!todo.isEmpty()) {
      byte[] source = read(todo.pop());
      if (source == null) {
        continue;
      }
      Matcher m = STATIC_IMPORT.matcher(new String(source, java.nio.charset.StandardCharsets.UTF_8));
      while (m.find()) {
        if (!m.group(1).equals(entry) && found.add(m.group(1))) {
          todo.add(m.group(1));
        }
      }
    }
    return found;
  }

  /** A style sheet a page links, read from the classpath, its relative URLs made absolute. */
  private static String styleSheet(String href) {
    String path = href.startsWith("/webjars/") ? "/META-INF/resources" + href : "/web/" + href.replaceFirst("^/", "");
    try (InputStream in = WebAssets.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("a page links a style sheet that is not there: " + href);
      }
      String folder = href.substring(0, href.lastIndexOf('/') + 1);
      String css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return RELATIVE_URL.matcher(css).replaceAll(m -> Matcher.quoteReplacement("url(" + m.group(1)
          + (folder.isEmpty() ? "/" : folder)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** GET /v/{version}/{file}: immutable when the version is this build's, else revalidated (a rolling deploy). */
  static void serve(Context ctx) {
    String file = ctx.pathParam("file");
    String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
    byte[] bytes = SAFE_NAME.matcher(file).matches() && type != null && !file.endsWith(".html")
        ? FILES.computeIfAbsent(file, WebAssets::read) : null;
    if (bytes == null) {
      throw new io.javalin.http.NotFoundResponse();
    }
    ctx.header("Cache-Control", ctx.pathParam("version").equals(VERSION) ? IMMUTABLE : "no-cache");
    ctx.contentType(type).result(bytes);
  }

  /** A web file's bytes, or null when there is none (then nothing is kept: computeIfAbsent stores no null). */
  private static byte[] read(String file) {
    try (InputStream in = WebAssets.class.getResourceAsStream("/web/" + file)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String digestOfWebFolder() {
    URL index = WebAssets.class.getResource("/web/index.html");
    if (index == null) {
      return "dev";
    }
    try {
      SortedMap<String, byte[]> files = new TreeMap<>();
      if (index.openConnection() instanceof JarURLConnection jar) {
        // Read through the jar's entries: mounting it as a zip file system would index all of its 13,000 entries.
        try (JarFile file = new JarFile(Path.of(jar.getJarFileURL().toURI()).toFile())) {
          for (JarEntry entry : Collections.list(file.entries())) {
            if (entry.getName().startsWith("web/") && !entry.isDirectory()) {
              try (InputStream in = file.getInputStream(entry)) {
                files.put(entry.getName().substring("web/".length()), in.readAllBytes());
              }
            }
          }
        }
      } else {
        Path folder = Path.of(index.toURI()).getParent();
        try (Stream<Path> walk = Files.walk(folder)) {
          for (Path file : walk.filter(Files::isRegularFile).toList()) {
            files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
          }
        }
      }
      return digest(files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String digest(SortedMap<String, byte[]> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      files.forEach((name, bytes) -> {
        digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update(bytes);
      });
      return HexFormat.of().formatHex(digest.digest(), 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
