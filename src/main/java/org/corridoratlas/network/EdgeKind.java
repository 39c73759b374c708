package org.corridoratlas.network;

/**
 * What an edge stands for: a stretch of line, or a transfer with its own time (border dwell, break of gauge,
 * handling at a port or between road and rail, a mine's access link).
 */
public enum EdgeKind {
  LINE("line"),
  BORDER_CROSSING("border-crossing"),
  GAUGE_BREAK("gauge-break"),
  TRANSSHIPMENT("transshipment"),
  ACCESS("access");

  private final String wireName;

  EdgeKind(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public boolean transfer() {
    return this != LINE;
  }
}
