package dev.s3logs.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Java server (S3Proxy, ElasticMQ) in a JVM of its own, on the classpath that the testing
 * module's build resolved for it: their Scala, Pekko, jclouds, Jetty and Guava never meet the
 * tests' own classpath. Its configuration files and console log are in a directory under
 * target/local-aws, deleted when it stops cleanly and kept when it failed. Stops at JVM exit.
 */
final class ChildJvm {

  // generous: the servers start in about 2 s, but the machine may be busy with other builds
  private static final Duration STARTUP_LIMIT = Duration.ofSeconds(60);
  // small heap and C1 only: the tests send these servers little work
  private static final List<String> JVM_OPTIONS =
      List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
  private static final String CLASSPATH_RESOURCE = "aws-servers.classpath";

  private final String name;
  private final Path directory;
  private final Process process;
  private volatile boolean failed;

  private ChildJvm(String name, Path directory, Process process) {
    this.name = name;
    this.directory = directory;
    this.process = process;
  }

  /**
   * Writes {@code files} (name to content) into a new directory, then runs {@code mainClass}
   * there; options and arguments may name those files relative to it.
   */
  static ChildJvm start(String name, Map<String, String> files, List<String> options,
      String mainClass, List<String> arguments) {
    try {
      Path directory = directoryFor(name, files);
      List<String> command = new ArrayList<>(List.of(javaExecutable(), "-cp", classpath()));
      command.addAll(JVM_OPTIONS);
      command.addAll(options);
      command.add(mainClass);
      command.addAll(arguments);
      Process process = new ProcessBuilder(command).directory(directory.toFile())
          .redirectErrorStream(true).redirectOutput(directory.resolve("console.log").toFile())
          .start();
      ChildJvm jvm = new ChildJvm(name, directory, process);
      Runtime.getRuntime().addShutdownHook(new Thread(jvm::stop, name + "-stop"));
      return jvm;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name, e);
    }
  }

  private static Path directoryFor(String name, Map<String, String> files) throws IOException {
    Path parent = Files.createDirectories(Path.of("target", "local-aws").toAbsolutePath());
    Path directory = Files.createTempDirectory(parent, name + "-");
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(directory.resolve(file.getKey()), file.getValue());
    }
    return directory;
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String classpath() throws IOException {
    try (InputStream in = ChildJvm.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + CLASSPATH_RESOURCE + " is missing: the"
            + " testing module's Maven build writes it (generate-resources); build with Maven");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
  }

  /** Waits until the server answers HTTP at {@code uri} (any status); stops it if it can't. */
  void awaitAnswering(URI uri) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw failure("exited with status " + process.exitValue() + " while starting");
      }
      try {
        http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
            BodyHandlers.discarding());
        return;
      } catch (IOException notListeningYet) {
        pause();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw failure("was interrupted while starting");
      }
    }
    throw failure("did not answer at " + uri + " within " + STARTUP_LIMIT.toSeconds() + " s");
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private IllegalStateException failure(String what) {
    failed = true;
    stop();
    return new IllegalStateException(name + " " + what + "; its files are kept in " + directory
        + "\n--- last lines of its console.log ---\n" + consoleTail(40));
  }

  private String consoleTail(int lineCount) {
    try {
      List<String> lines = Files.readAllLines(directory.resolve("console.log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - lineCount), lines.size()));
    } catch (IOException e) {
      return "(console.log unreadable: " + e + ")";
    }
  }

  void stop() {
    Termination.terminate(process);
    if (!failed) {
      deleteDirectory();
    }
  }

  private void deleteDirectory() {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      System.err.println("[" + name + "] could not delete " + directory + ": " + e);
    }
  }
}
