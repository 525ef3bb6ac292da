package dev.s3logs.lambda.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code s3logs ingest} of a log file on the function's core, with its heap and the same
 * credentials, engine and indices: the command line's rate, which the warm invocations are held
 * against.
 */
final class IngestRuns {

  private final BenchSettings settings;
  private final BenchServers servers;

  IngestRuns(BenchSettings settings, BenchServers servers) {
    this.settings = settings;
    this.servers = servers;
  }

  /** Wall seconds of one run, JVM start included. */
  double seconds(Path log) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(settings.pinned());
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-jar", settings.appJar().toString(), "ingest",
        "--to", servers.proxy.uri().toString(), "--auth", "aws", "--aws-region", "us-east-1",
        "--aws-service", "es", "--index", BenchServers.INDEX_PREFIX + "-{yyyy.MM.dd}",
        log.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(settings.work().resolve("logs").resolve("ingest.log").toFile());
    builder.environment().putAll(servers.credentials());
    long began = System.nanoTime();
    int status = builder.start().waitFor();
    double seconds = (System.nanoTime() - began) / 1e9;
    if (status != 0) {
      throw new IllegalStateException("ingest exited with " + status + "; see "
          + settings.work().resolve("logs").resolve("ingest.log"));
    }
    return seconds;
  }
}
