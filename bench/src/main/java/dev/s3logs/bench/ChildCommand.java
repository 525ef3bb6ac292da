package dev.s3logs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A command of the benchmark run from the repository root under {@code /usr/bin/time}, its output
 * kept in the work directory as {@code label.out} and {@code label.err}, so that a failure can
 * say what the command printed and a finished one how much CPU it used.
 */
final class ChildCommand {

  private final Path work;
  private final String label;
  private final Process process;

  private ChildCommand(Path work, String label, Process process) {
    this.work = work;
    this.label = label;
    this.process = process;
  }

  static ChildCommand start(Path root, Path work, String label, List<String> command,
      Map<String, String> environment) throws IOException {
    List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S", "-o",
        work.resolve(label + ".time").toString()));
    timed.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(timed).directory(root.toFile())
        .redirectOutput(work.resolve(label + ".out").toFile())
        .redirectError(work.resolve(label + ".err").toFile());
    builder.environment().putAll(environment);
    return new ChildCommand(work, label, builder.start());
  }

  static void runChecked(Path root, Path work, String label, List<String> command)
      throws IOException, InterruptedException {
    start(root, work, label, command, Map.of()).awaitSuccess();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Waits for the exit; throws with the command's last lines unless it exited 0. */
  void awaitSuccess() throws IOException, InterruptedException {
    int status = process.waitFor();
    if (status != 0) {
      throw failure(label + " exited with status " + status);
    }
  }

  /** User and system CPU seconds of the finished command, from {@code /usr/bin/time}. */
  double cpuSeconds() throws IOException {
    String[] times = Files.readString(work.resolve(label + ".time")).strip().split("\\s+");
    return Double.parseDouble(times[times.length - 2])
        + Double.parseDouble(times[times.length - 1]);
  }

  /** An exception that tells what the command printed last. */
  IllegalStateException failure(String what) throws IOException {
    StringBuilder message = new StringBuilder(what);
    for (String stream : List.of(".out", ".err")) {
      Path file = work.resolve(label + stream);
      if (Files.exists(file) && Files.size(file) > 0) {
        List<String> lines = Files.readAllLines(file);
        message.append("\n--- ").append(file).append(" (last lines) ---\n").append(
            String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
      }
    }
    return new IllegalStateException(message.toString());
  }
}
