package org.corridoratlas.format;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corridoratlas.geodata.Feature;
import org.corridoratlas.geodata.Status;
import org.locationtech.jts.io.WKTWriter;

/**
 * RFC 4180 CSV for spreadsheets: id, layer, name, today's status, when a source last confirmed the current status,
 * confidence, the layer's columns (lists joined by ";") and the geometry as WKT. Cells that a spreadsheet would run
 * as a formula are prefixed with "'".
 */
public final class CsvWriter extends TextWriter<Features> implements FeatureWriter {
  /** The columns every row starts with; layer columns of the same name are not repeated. */
  public static final List<String> FIXED_COLUMNS = List.of("id", "layer", "name", "status", "confirmed",
      "confidence");

  public CsvWriter() {
    super(Format.CSV);
  }

  @Override
  void write(Features features, Writer w) throws IOException {
    List<String> header = new ArrayList<>(FIXED_COLUMNS);
    header.addAll(features.columns());
    header.add("wkt");
    row(w, header);
    WKTWriter wkt = new WKTWriter();
    LocalDate today = LocalDate.now();
    for (Feature f : features.features()) {
      List<String> cells = new ArrayList<>(List.of(f.id(), f.layer(), f.name(),
          f.status().statusOn(today).map(Status::wireName).orElse(""), f.status().lastConfirmed().orElse(""),
          f.confidence().name().toLowerCase()));
      for (String column : features.columns()) {
        cells.add(String.join(";", f.texts(column)));
      }
      cells.add(wkt.write(f.geometry()));
      row(w, cells);
    }
  }

  private static void row(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(cell(cells.get(i)));
    }
    w.write("\r\n");
  }

  static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
