package dev.s3logs.app;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, which Maven fills in. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"s3logs " + (version == null ? "development build" : version)};
  }
}
