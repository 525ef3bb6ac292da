package dev.s3logs.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * S3Proxy for the benchmark: the tests' server ({@code LocalS3}) runs C1-only with a 256 MB heap
 * and keeps objects in that heap, which neither holds half a gigabyte of logs nor serves it at a
 * speed worth measuring. This one runs on the same classpath, resolved by the testing module's
 * build, with C2, storing objects on disk like the local files it is compared with.
 */
final class S3ProxyServer implements AutoCloseable {

  static final String ACCESS_KEY = "s3logs-bench-access-key";
  static final String SECRET_KEY = "s3logs-bench-secret-key";
  static final String REGION = "us-east-1";
  private static final String CLASSPATH = "/dev/s3logs/testing/aws-servers.classpath";

  private final Process process;
  private final URI endpoint;

  private S3ProxyServer(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  static S3ProxyServer start(Path directory, String javaOpts) throws IOException {
    Path store = Files.createDirectories(directory.resolve("store"));
    int port = freePort();
    URI endpoint = URI.create("http://127.0.0.1:" + port);
    Files.writeString(directory.resolve("s3proxy.conf"), String.join("\n",
        "s3proxy.endpoint=" + endpoint, "s3proxy.authorization=aws-v4",
        "s3proxy.identity=" + ACCESS_KEY, "s3proxy.credential=" + SECRET_KEY,
        "jclouds.provider=filesystem-nio2", "jclouds.filesystem.basedir=" + store,
        "jclouds.identity=unused", "jclouds.credential=unused", ""));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath()));
    command.addAll(List.of(javaOpts.split("\\s+")));
    command.addAll(List.of("org.gaul.s3proxy.Main", "--properties", "s3proxy.conf"));
    Process process = new ProcessBuilder(command).directory(directory.toFile())
        .redirectErrorStream(true).redirectOutput(directory.resolve("console.log").toFile())
        .start();
    S3ProxyServer server = new S3ProxyServer(process, endpoint);
    server.awaitAnswering(directory);
    return server;
  }

  URI endpoint() {
    return endpoint;
  }

  /** CPU the server has used so far (user and system). */
  double cpuSeconds() {
    return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitAnswering(Path directory) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        http.send(HttpRequest.newBuilder(endpoint).build(), BodyHandlers.discarding());
        return;
      } catch (IOException notYet) {
        sleep();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    close();
    throw new IllegalStateException("S3Proxy did not start at " + endpoint + "; see "
        + directory.resolve("console.log"));
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static String classpath() throws IOException {
    try (InputStream in = S3ProxyServer.class.getResourceAsStream(CLASSPATH)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException(CLASSPATH + " is missing from the"
            + " benchmark jar: build it with bench/s3-benchmark.sh (Maven writes it)"));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }
}
