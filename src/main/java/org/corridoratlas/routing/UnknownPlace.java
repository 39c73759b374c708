package org.corridoratlas.routing;

import org.corridoratlas.config.BadParameter;

/** A from, to or via (the {@link #parameter()}) that names no feature, place or position of the network. */
public final class UnknownPlace extends BadParameter {
  public UnknownPlace(String parameter, String text, String why) {
    super(parameter, "\"" + text + "\" " + why);
  }
}
