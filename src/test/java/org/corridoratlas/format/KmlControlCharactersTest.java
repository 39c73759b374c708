package org.corridoratlas.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.Xml;
import org.corridoratlas.http.RealData;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** A text holding characters XML 1.0 cannot hold still gives well-formed KML, the character replaced. */
class KmlControlCharactersTest {
  @Test
  void control_characters_are_replaced_and_the_kml_parses() throws Exception {
    Feature real = RealData.atlas().catalog().allFeatures().get(0);
    Feature bad = new Feature(real.id(), real.layer(), real.geometry(), "Name\u0001 <b>", real.names(),
        real.aliases(), real.status(), real.sources(), real.confidence(), real.confidenceNote(),
        "Line one\u0007\u001b[31m & line\ttwo\n", real.properties());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new KmlWriter().write(new Features("Title\u0000", List.of(bad), Map.of(), List.of()), out);

    Document kml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(out.toByteArray()));
    assertThat(kml.getElementsByTagName("description").item(0).getTextContent())
        .isEqualTo("Line one\uFFFD\uFFFD[31m & line\ttwo\n");
    assertThat(kml.getElementsByTagName("name").item(1).getTextContent()).isEqualTo("Name\uFFFD <b>");
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("\u0001", "\u0000", "\u0007");
  }

  @Test
  void xml_text_keeps_what_xml_can_hold() {
    assertThat(Xml.text("Rasŏn 라선 罗先 Расон 𠀀 \t\r\n")).isEqualTo("Rasŏn 라선 罗先 Расон 𠀀 \t\r\n");
    assertThat(Xml.text("\uFFFE\uD800x")).isEqualTo("\uFFFD\uFFFDx");
  }
}
