package org.corridoratlas.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corridoratlas.geodata.Json;
import org.junit.jupiter.api.Test;

/**
 * The message files web/i18n/{en,ko,zh,ru}.json: a reader in Korean, Chinese or Russian never sees an English
 * string because a key was forgotten, nor a raw key because a page names one that English lacks.
 */
class MessageFilesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
  // t('key'), t("key"), data-i18n="key" (and its -placeholder/-title/-aria-label forms), {{t:key}}, and the Java
  // renderer's messages.get("key"): every literal key a page or picture asks for (keys have a dot: "status.open").
  private static final String KEY = "([\\w-]+(?:\\.[\\w-]+)+)";
  private static final Pattern USED = Pattern.compile("\\bt\\(['\"]" + KEY + "['\"]|data-i18n(?:-[a-z-]+)?=\"" + KEY
      + "\"|\\{\\{t:" + KEY + "}}|messages\\.get\\(\"" + KEY + "\"");

  private static Map<String, String> messages(String lang) throws IOException {
    JsonNode json = Json.MAPPER.readTree(Path.of("web/i18n", lang + ".json").toFile());
    Map<String, String> texts = new TreeMap<>();
    json.fields().forEachRemaining(e -> texts.put(e.getKey(), e.getValue().asText()));
    return texts;
  }

  private static TreeSet<String> placeholders(String text) {
    TreeSet<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void every_english_key_is_translated_and_names_only_the_values_put_in() throws IOException {
    Map<String, String> english = messages("en");
    for (String lang : Messages.LANGUAGES.subList(1, Messages.LANGUAGES.size())) {
      Map<String, String> own = messages(lang);
      List<String> missing = english.keySet().stream().filter(key -> !own.containsKey(key)).toList();
      assertThat(missing).as("keys of en.json missing from %s.json", lang).isEmpty();
      for (Map.Entry<String, String> e : english.entrySet()) {
        if (e.getKey().startsWith("_")) {
          continue; // a note to translators, not a message
        }
        assertThat(own.get(e.getKey())).as("%s.json %s", lang, e.getKey()).isNotBlank();
        // A translation names only values the page puts in: the English text's, or for a plural form
        // (key.one beside key) those of any English form of the key.
        String stem = e.getKey().replaceFirst("\\.(one|other)$", "");
        TreeSet<String> given = new TreeSet<>();
        english.forEach((key, text) -> {
          if (key.equals(e.getKey())
              || !stem.equals(e.getKey()) && (key.equals(stem) || key.startsWith(stem + "."))) {
            given.addAll(placeholders(text));
          }
        });
        assertThat(given).as("placeholders of %s in %s.json", e.getKey(), lang)
            .containsAll(placeholders(own.get(e.getKey())));
      }
    }
  }

  @Test
  void every_key_the_pages_and_pictures_ask_for_exists_in_english() throws IOException {
    Map<String, String> english = messages("en");
    List<String> unknown = new ArrayList<>();
    List<Path> sources = new ArrayList<>();
    for (String dir : List.of("web", "src/main/java")) {
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        files.filter(f -> f.toString().matches(".*\\.(js|html|java)$")).forEach(sources::add);
      }
    }
    int found = 0;
    for (Path file : sources) {
      Matcher m = USED.matcher(Files.readString(file));
      while (m.find()) {
        String key = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
            : m.group(3) != null ? m.group(3) : m.group(4);
        found++;
        if (!english.containsKey(key)) {
          unknown.add(file + ": " + key);
        }
      }
    }
    assertThat(found).as("keys found in the sources").isGreaterThan(100);
    assertThat(unknown).as("keys not in en.json").isEmpty();
  }
}
