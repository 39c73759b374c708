package org.corridoratlas.cli;

import picocli.CommandLine.IVersionProvider;

/** The version comes from the jar manifest, so it cannot drift from the pom. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"corridor-atlas " + (version == null ? "development build" : version)};
  }
}
