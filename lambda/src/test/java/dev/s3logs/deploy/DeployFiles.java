package dev.s3logs.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the deployment files are: {@code deploy/} at the root of the repository, which Surefire
 * runs below (in the lambda module's directory).
 */
final class DeployFiles {

  private DeployFiles() {
  }

  /** The repository's root: the nearest directory up from the working one with deploy/ and mvnw. */
  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("deploy")) && Files.isRegularFile(dir.resolve("mvnw"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("no deploy/ directory above " + Path.of("").toAbsolutePath());
  }

  static Path deploy(String name) {
    return root().resolve("deploy").resolve(name);
  }

  static Path template() {
    return deploy("template.yaml");
  }
}
