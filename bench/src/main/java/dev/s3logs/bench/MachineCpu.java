package dev.s3logs.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * CPU time the whole machine spent busy (all but idle, iowait and steal), from {@code /proc/stat}:
 * what is left after the shipper and the engine is the rest of the machine, other builds
 * included.
 */
record MachineCpu(double secondsPerTick) {

  static MachineCpu load() throws IOException, InterruptedException {
    Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
    String ticks = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    getconf.waitFor();
    return new MachineCpu(1.0 / Long.parseLong(ticks.strip()));
  }

  double busySeconds() throws IOException {
    String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
    long[] v = Arrays.stream(first.split("\\s+")).skip(1).mapToLong(Long::parseLong).toArray();
    // user nice system idle iowait irq softirq steal (guest time is already in user)
    long busy = v[0] + v[1] + v[2] + v[5] + v[6];
    return busy * secondsPerTick;
  }
}
