package org.corridoratlas.routing;

/** A from, to or via that names no feature, place or position of the network. */
public final class UnknownPlace extends RuntimeException {
  private final String field;

  public UnknownPlace(String field, String text, String why) {
    super("\"" + text + "\" " + why);
    this.field = field;
  }

  /** Which request field was at fault: from, to or via. */
  public String field() {
    return field;
  }
}
