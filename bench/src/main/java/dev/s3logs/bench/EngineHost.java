package dev.s3logs.bench;

import dev.s3logs.testing.StandaloneEngine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Search engines for benchmark scripts, started by the tests' harness (same settings, same
 * unprivileged user when root) with the JVM options in {@code ENGINE_JAVA_OPTS}. Arguments name
 * the engines ({@code opensearch}, {@code elasticsearch}); for each it prints
 * {@code NAME URL}, then {@code ready}. Each line {@code cpu NAME} on standard input is answered
 * with the CPU seconds that engine's processes have used so far; the end of standard input stops
 * the engines. Run it as a coprocess of the script ({@code bench/document-benchmark.sh}).
 */
public final class EngineHost {

  private EngineHost() {
  }

  public static void main(String[] args) throws Exception {
    String javaOpts = System.getenv().getOrDefault("ENGINE_JAVA_OPTS", "-Xms1g -Xmx1g");
    Map<String, StandaloneEngine> engines = new LinkedHashMap<>();
    try {
      for (String name : args) {
        StandaloneEngine engine = start(name, javaOpts);
        engines.put(name, engine);
        System.out.println(name + " " + engine.engine().baseUri());
      }
      System.out.println("ready");
      System.out.flush();
      answer(engines);
    } finally {
      engines.values().forEach(StandaloneEngine::close);
    }
  }

  private static StandaloneEngine start(String name, String javaOpts)
      throws IOException, InterruptedException {
    switch (name) {
      case "opensearch": return StandaloneEngine.openSearch(javaOpts);
      case "elasticsearch": return StandaloneEngine.elasticsearch(javaOpts);
      default: throw new IllegalArgumentException("no engine named " + name
          + " (opensearch or elasticsearch)");
    }
  }

  private static void answer(Map<String, StandaloneEngine> engines) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
        StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      StandaloneEngine engine = engines.get(line.replaceFirst("^cpu ", ""));
      System.out.println(engine == null ? "unknown engine: " + line
          : String.format(Locale.ROOT, "%.2f", engine.cpuTime().toMillis() / 1000.0));
      System.out.flush();
    }
  }
}
