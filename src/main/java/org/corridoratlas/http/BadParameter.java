package org.corridoratlas.http;

/** A request parameter the server cannot accept: which one, and why. Becomes a 400 problem. */
public final class BadParameter extends RuntimeException {
  private final String parameter;

  public BadParameter(String parameter, String reason) {
    super(reason);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
