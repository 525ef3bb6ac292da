package dev.s3logs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What the results depend on: processors, CPU model, JDK, and how busy the machine is. */
final class MachineNote {

  private MachineNote() {
  }

  static void print(S3BenchSettings settings) {
    System.out.printf("== S3 benchmark: %s%n", settings);
    System.out.printf("   %d CPUs (%s), %s %s, load average at start: %s%n",
        Runtime.getRuntime().availableProcessors(), cpuModel(),
        System.getProperty("java.vm.name"), System.getProperty("java.version"), loadAverage());
  }

  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return Arrays.stream(fields, 0, 3).collect(Collectors.joining(" "));
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name")).findFirst()
          .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
