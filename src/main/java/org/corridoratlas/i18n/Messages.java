package org.corridoratlas.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridoratlas.geodata.LayerKind;

/**
 * The interface strings of one language, read from {@code web/i18n/{lang}.json}, the same files the web app reads
 * (web/i18n.js): one flat object of key to text, {@code {name}} marking a value put in. A key missing in a language
 * falls back to English, so a partial translation never shows a bare key.
 */
public final class Messages {
  /** The languages of the atlas's labels and interface, English first (the fallback). */
  public static final List<String> LANGUAGES = List.of("en", "ko", "zh", "ru");
  private static final Map<String, Messages> LOADED = load();

  private final String lang;
  private final Map<String, String> texts;
  private final Messages fallback;

  private Messages(String lang, Map<String, String> texts, Messages fallback) {
    this.lang = lang;
    this.texts = texts;
    this.fallback = fallback;
  }

  /** The messages of a language of {@link #LANGUAGES}; English for any other. */
  public static Messages of(String lang) {
    return LOADED.getOrDefault(lang, LOADED.get("en"));
  }

  public String lang() {
    return lang;
  }

  /** The text of a key with its {name} values put in; the key itself when no language has it. */
  public String get(String key, Object... namesAndValues) {
    String text = find(key).orElse(key);
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      text = text.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
    }
    return text;
  }

  /** A layer's title: its translation ({@code layer.<id>}), else the registry's English title. */
  public String layerTitle(LayerKind layer) {
    return find("layer." + layer.id()).orElse(layer.title());
  }

  /** The text of a key in this language or English, if either has it. */
  public Optional<String> find(String key) {
    String text = texts.get(key);
    if (text != null) {
      return Optional.of(text);
    }
    return fallback == null ? Optional.empty() : fallback.find(key);
  }

  private static Map<String, Messages> load() {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, Messages> out = new LinkedHashMap<>();
    Messages english = null;
    for (String lang : LANGUAGES) {
      String resource = "/web/i18n/" + lang + ".json";
      try (InputStream in = Messages.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is not in the jar");
        }
        JsonNode root = mapper.readTree(in);
        Map<String, String> texts = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
          if (e.getValue().isTextual() && !e.getKey().startsWith("_")) {
            texts.put(e.getKey(), e.getValue().asText());
          }
        });
        Messages messages = new Messages(lang, Map.copyOf(texts), english);
        english = english == null ? messages : english;
        out.put(lang, messages);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Map.copyOf(out);
  }
}
