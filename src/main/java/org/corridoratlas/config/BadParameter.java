package org.corridoratlas.config;

/**
 * A request parameter the atlas cannot accept: which one, and why. Here, below the domain, so that a limit or a
 * router can name the parameter at fault too; http answers every one as a 400 problem naming it.
 */
public class BadParameter extends RuntimeException {
  private final String parameter;

  public BadParameter(String parameter, String reason) {
    super(reason);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
