package dev.s3logs.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Facts the deployment files must agree with, read from the Maven build of the repository. */
final class Poms {

  private static final Pattern SHADED = Pattern.compile(
      "<outputFile>\\$\\{project\\.build\\.directory}/([^<]+)</outputFile>");

  private Poms() {
  }

  /** The file name of the shaded jar that {@code module} builds into its target/ directory. */
  static String shadedJar(String module) {
    return find(SHADED, DeployFiles.root().resolve(module).resolve("pom.xml"));
  }

  /** A property of the parent pom, such as {@code opensearch.version}. */
  static String property(String name) {
    return find(Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</"),
        DeployFiles.root().resolve("pom.xml"));
  }

  private static String find(Pattern pattern, Path pom) {
    try {
      Matcher found = pattern.matcher(Files.readString(pom));
      if (!found.find()) {
        throw new IllegalStateException(pom + " has no " + pattern);
      }
      return found.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
