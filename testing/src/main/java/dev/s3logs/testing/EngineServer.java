package dev.s3logs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** One OpenSearch or Elasticsearch process on loopback, from a private copy of its distribution. */
final class EngineServer {

  // generous: two servers start at once on a 2-core machine
  private static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);
  // Small heaps; and C1 only: on 2 cores both are ready in ~14 s instead of ~20 s (~20 s instead
  // of ~35 s on a busy machine), and the tests send too little work for C2's code to pay off.
  private static final String JAVA_OPTS = "-Xms512m -Xmx512m -XX:TieredStopAtLevel=1";
  private static final List<String> COMMON_SETTINGS = List.of(
      "discovery.type=single-node",
      "network.host=127.0.0.1",
      // port 0: the OS picks a free port at bind time, so nothing can take it in between;
      // the ports file then says which one it was
      "http.port=0",
      "transport.port=0",
      "node.portsfile=true",
      // a nearly full disk must not make the test indices read-only
      "cluster.routing.allocation.disk.threshold_enabled=false",
      // every test ingests the corpus (37 days) into daily indices of its own, 2 shards each:
      // one test JVM passes the default limit of 1,000 shards a node, and the engine then
      // refuses new indices for good
      "cluster.max_shards_per_node=20000");

  private final EngineKind kind;
  private final ServerDirectory directory;
  private final Process process;
  private volatile boolean failed;

  private EngineServer(EngineKind kind, ServerDirectory directory, Process process) {
    this.kind = kind;
    this.directory = directory;
    this.process = process;
  }

  static EngineServer start(EngineKind kind) throws IOException, InterruptedException {
    return start(kind, JAVA_OPTS);
  }

  /** With JVM options of the caller's choosing instead of the tests' small, C1-only ones. */
  static EngineServer start(EngineKind kind, String javaOpts) throws IOException, InterruptedException {
    ServerDirectory directory = ServerDirectory.copyOf(kind.distribution(), kind.id);
    ProcessBuilder builder = new ProcessBuilder(command(kind, directory.home))
        .directory(directory.home.toFile())
        .redirectErrorStream(true)
        .redirectOutput(directory.consoleLog().toFile());
    environment(kind, directory.home, javaOpts, builder.environment());
    return new EngineServer(kind, directory, builder.start());
  }

  private static List<String> command(EngineKind kind, Path home) {
    List<String> command = new ArrayList<>(TestUser.commandPrefix());
    command.add(kind.script(home).toString());
    Stream.concat(COMMON_SETTINGS.stream(), kind.ownSettings.stream()).forEach(s -> command.add("-E" + s));
    return command;
  }

  private static void environment(EngineKind kind, Path home, String javaOpts,
      Map<String, String> environment) {
    // The zips bundle no JDK: run the servers on the tests' own Java unless told otherwise.
    String javaHome = System.getProperty("s3logs.searchEngines.javaHome", System.getProperty("java.home"));
    environment.put("JAVA_HOME", javaHome);
    environment.put(kind.javaHomeVariable, javaHome);
    environment.put(kind.javaOptsVariable, javaOpts);
    environment.put(kind.tmpDirVariable, home.resolve("tmp").toString());
    environment.put("HOME", home.toString());
  }

  /** Waits until the server answers with at least yellow health; stops it and explains if it can't. */
  SearchEngine awaitReady() throws InterruptedException {
    long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw failure("exited with status " + process.exitValue() + " while starting");
      }
      Optional<URI> uri = httpUri();
      if (uri.isPresent() && isYellow(uri.get())) {
        return new SearchEngine(kind.id, version(uri.get()), uri.get());
      }
      Thread.sleep(250);
    }
    throw failure("was not healthy (yellow) within " + STARTUP_LIMIT.toSeconds() + " s");
  }

  private Optional<URI> httpUri() {
    try {
      List<String> lines = Files.readAllLines(directory.httpPortsFile());
      return lines.isEmpty() ? Optional.empty() : Optional.of(URI.create("http://" + lines.get(0).trim()));
    } catch (IOException notWrittenYet) {
      return Optional.empty();
    }
  }

  private static boolean isYellow(URI uri) {
    try {
      return new EngineRest(uri).get("/_cluster/health?wait_for_status=yellow&timeout=5s").status() == 200;
    } catch (UncheckedIOException notListeningYet) {
      return false;
    }
  }

  // Not GET /: Elasticsearch's integ-test-zip leaves out the module that answers it.
  private static String version(URI uri) {
    return new EngineRest(uri).get("/_cat/nodes?h=version").body().trim();
  }

  private IllegalStateException failure(String what) {
    failed = true;
    stop();
    return new IllegalStateException(kind.id + " " + what + "; its files are kept in " + directory.home
        + "\n--- last lines of " + directory.consoleLog() + " ---\n" + directory.consoleTail(40));
  }

  /** The server's process and its descendants (Elasticsearch's launcher runs the server as a child). */
  List<ProcessHandle> processes() {
    return Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
  }

  /** Ends the whole process tree (Elasticsearch's launcher runs the server as a child). */
  void stop() {
    List<ProcessHandle> tree = processes();
    tree.forEach(ProcessHandle::destroy);
    for (ProcessHandle member : tree) {
      try {
        member.onExit().get(30, TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException stillRunning) {
        member.destroyForcibly();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        member.destroyForcibly();
      }
    }
    if (!failed) {
      directory.delete();
    }
  }
}
