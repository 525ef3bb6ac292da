package dev.s3logs.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A private, writable copy of a server distribution in the temp directory. Each test run starts with
 * no indices, the unpacked original in target/ stays clean, and the unprivileged user can own it
 * whatever the permissions of the directories above the checkout.
 */
final class ServerDirectory {

  final Path home;

  private ServerDirectory(Path home) {
    this.home = home;
  }

  static ServerDirectory copyOf(Path distribution, String id) throws IOException, InterruptedException {
    ServerDirectory directory = new ServerDirectory(Files.createTempDirectory("s3logs-" + id + "-"));
    try {
      directory.fillFrom(distribution);
      return directory;
    } catch (IOException | RuntimeException e) {
      directory.delete();
      throw e;
    }
  }

  private void fillFrom(Path distribution) throws IOException, InterruptedException {
    try (Stream<Path> sources = Files.walk(distribution)) {
      for (Path source : (Iterable<Path>) sources::iterator) {
        copy(source, home.resolve(distribution.relativize(source).toString()));
      }
    }
    Files.createDirectories(home.resolve("tmp"));
    TestUser.handOver(home);
  }

  private static void copy(Path source, Path target) throws IOException {
    if (Files.isDirectory(source)) {
      Files.createDirectories(target);
    } else {
      // keeps the scripts' executable bits
      Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  /** What the server prints: its log, and the launcher's complaints that never reach the log. */
  Path consoleLog() {
    return home.resolve("console.log");
  }

  /** Written by the server (node.portsfile=true) once its HTTP port is bound. */
  Path httpPortsFile() {
    return home.resolve("logs").resolve("http.ports");
  }

  String consoleTail(int lineCount) {
    try {
      List<String> lines = Files.readAllLines(consoleLog());
      return String.join("\n", lines.subList(Math.max(0, lines.size() - lineCount), lines.size()));
    } catch (IOException e) {
      return "(" + consoleLog() + " unreadable: " + e + ")";
    }
  }

  void delete() {
    try (Stream<Path> paths = Files.walk(home)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      System.err.println("[search-engines] could not delete " + home + ": " + e);
    }
  }
}
