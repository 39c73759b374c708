package org.corridoratlas.render;

import java.util.List;
import java.util.Map;
import org.corridoratlas.geodata.LayerKind;

/**
 * The words a map picture shows (legend, credit, country names) in en, ko, zh and ru, each falling back to English.
 * Kept in one place until the interface message files (web/i18n/{lang}.json) carry them.
 */
public final class MapText {
  public static final List<String> LANGUAGES = List.of("en", "ko", "zh", "ru");
  private static final Map<String, Map<String, String>> TEXTS = Map.of(
      "en", Map.ofEntries(
          Map.entry("map.credit", "Corridor Atlas · status as of {date} · sources: {link}"),
          Map.entry("map.basemapCredit", "Natural Earth · GeoNames"),
          Map.entry("map.highlighted", "Highlighted"),
          Map.entry("map.inset", "Northeast Asia"),
          Map.entry("map.lines", "Lines"),
          Map.entry("status.open", "open"), Map.entry("status.restricted", "restricted"),
          Map.entry("status.closed", "closed"), Map.entry("status.planned", "planned"),
          Map.entry("status.under-construction", "under construction"), Map.entry("status.abandoned", "abandoned"),
          Map.entry("gauge.1435", "1435 mm"), Map.entry("gauge.1520", "1520 mm"), Map.entry("gauge.dual", "dual gauge"),
          Map.entry("country.CHN", "CHINA"), Map.entry("country.PRK", "DPRK"), Map.entry("country.RUS", "RUSSIA"),
          Map.entry("country.KOR", "ROK")),
      "ko", Map.ofEntries(
          Map.entry("map.credit", "Corridor Atlas · {date} 기준 현황 · 출처: {link}"),
          Map.entry("map.highlighted", "강조"), Map.entry("map.inset", "동북아시아"),
          Map.entry("map.lines", "노선"),
          Map.entry("status.open", "운영"), Map.entry("status.restricted", "제한"), Map.entry("status.closed", "폐쇄"),
          Map.entry("status.planned", "계획"), Map.entry("status.under-construction", "건설 중"),
          Map.entry("status.abandoned", "폐지"),
          Map.entry("gauge.dual", "복합궤"),
          Map.entry("layer.crossings", "국경 통상구"), Map.entry("layer.railways", "철도"), Map.entry("layer.roads", "도로"),
          Map.entry("layer.ports", "항구"), Map.entry("layer.mines", "광산"), Map.entry("layer.facilities", "시설"),
          Map.entry("layer.zones", "경제특구"), Map.entry("layer.pipelines", "송유관"), Map.entry("layer.sea-lanes", "항로"),
          Map.entry("layer.events", "사건"),
          Map.entry("country.CHN", "중국"), Map.entry("country.PRK", "조선"), Map.entry("country.RUS", "러시아"),
          Map.entry("country.KOR", "한국")),
      "zh", Map.ofEntries(
          Map.entry("map.credit", "Corridor Atlas · 截至 {date} 的状态 · 来源：{link}"),
          Map.entry("map.highlighted", "突出显示"), Map.entry("map.inset", "东北亚"),
          Map.entry("map.lines", "线路"),
          Map.entry("status.open", "开放"), Map.entry("status.restricted", "受限"), Map.entry("status.closed", "关闭"),
          Map.entry("status.planned", "规划"), Map.entry("status.under-construction", "在建"),
          Map.entry("status.abandoned", "废弃"),
          Map.entry("gauge.dual", "套轨"),
          Map.entry("layer.crossings", "边境口岸"), Map.entry("layer.railways", "铁路"), Map.entry("layer.roads", "公路"),
          Map.entry("layer.ports", "港口"), Map.entry("layer.mines", "矿山"), Map.entry("layer.facilities", "设施"),
          Map.entry("layer.zones", "经济区"), Map.entry("layer.pipelines", "管道"), Map.entry("layer.sea-lanes", "航线"),
          Map.entry("layer.events", "事件"),
          Map.entry("country.CHN", "中国"), Map.entry("country.PRK", "朝鲜"), Map.entry("country.RUS", "俄罗斯"),
          Map.entry("country.KOR", "韩国")),
      "ru", Map.ofEntries(
          Map.entry("map.credit", "Corridor Atlas · состояние на {date} · источники: {link}"),
          Map.entry("map.highlighted", "Выделено"), Map.entry("map.inset", "Северо-Восточная Азия"),
          Map.entry("map.lines", "Линии"),
          Map.entry("status.open", "открыт"), Map.entry("status.restricted", "ограничен"),
          Map.entry("status.closed", "закрыт"), Map.entry("status.planned", "в планах"),
          Map.entry("status.under-construction", "строится"), Map.entry("status.abandoned", "заброшен"),
          Map.entry("gauge.1435", "1435 мм"), Map.entry("gauge.1520", "1520 мм"),
          Map.entry("gauge.dual", "совмещённая"),
          Map.entry("layer.crossings", "Пограничные переходы"), Map.entry("layer.railways", "Железные дороги"),
          Map.entry("layer.roads", "Автодороги"), Map.entry("layer.ports", "Порты"), Map.entry("layer.mines", "Рудники"),
          Map.entry("layer.facilities", "Объекты"), Map.entry("layer.zones", "Экономические зоны"),
          Map.entry("layer.pipelines", "Трубопроводы"), Map.entry("layer.sea-lanes", "Морские линии"),
          Map.entry("layer.events", "События"),
          Map.entry("country.CHN", "КИТАЙ"), Map.entry("country.PRK", "КНДР"), Map.entry("country.RUS", "РОССИЯ"),
          Map.entry("country.KOR", "РЕСПУБЛИКА КОРЕЯ")));

  private final String lang;

  private MapText(String lang) {
    this.lang = lang;
  }

  public static MapText of(String lang) {
    return new MapText(TEXTS.containsKey(lang) ? lang : "en");
  }

  public String lang() {
    return lang;
  }

  /** The text of a key with its {name} values put in; English when this language lacks it. */
  public String get(String key, Object... namesAndValues) {
    String text = TEXTS.get(lang).getOrDefault(key, TEXTS.get("en").getOrDefault(key, key));
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      text = text.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
    }
    return text;
  }

  public String layerTitle(LayerKind layer) {
    String key = "layer." + layer.id();
    String text = get(key);
    return text.equals(key) ? layer.title() : text;
  }

  /** A feature's or place's name in this language: names.get(lang), else English. */
  public String name(Map<String, String> names, String english) {
    String local = names == null ? null : names.get(lang);
    return local == null || local.isBlank() ? english : local;
  }
}
