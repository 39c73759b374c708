package org.corridoratlas.catalog.cql2;

/** A CQL2 filter that cannot be read or does not fit the layer: where, and why. */
public final class Cql2Exception extends IllegalArgumentException {
  public Cql2Exception(String message) {
    super(message);
  }
}
