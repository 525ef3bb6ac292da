package dev.s3logs.traffic;

import dev.s3logs.app.Main;
import dev.s3logs.app.Streams;
import dev.s3logs.generate.GeneratorOptions;
import dev.s3logs.generate.SyntheticLogGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A store made by the real {@code ingest --to duckdb:} from two days of generated lines and a
 * few written here, among them hostile user agents; with the lines, to count them directly.
 */
public record KnownTraffic(Path store, List<LogLine> lines) {

  public static final String SCRIPT_AGENT = "<script>alert(1)</script>";
  public static final String IMG_AGENT = "<img src=x onerror=window.__xss=1>";
  public static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 1);

  private static final String HOSTILE = "owner site-bucket [02/Mar/2026:12:00:0%d +0000]"
      + " 203.0.113.9 - REQ%d REST.GET.OBJECT evil/%d.html \"GET /evil/%d.html HTTP/1.1\" 404"
      + " NoSuchKey 243 - 5 - \"-\" \"%s\" - HOSTID SigV4 - AuthHeader site-bucket.s3.amazonaws.com"
      + " TLSv1.3 - -";

  public static KnownTraffic make(Path directory) throws IOException {
    ByteArrayOutputStream generated = new ByteArrayOutputStream();
    new SyntheticLogGenerator(new GeneratorOptions(7, 3000, FIRST_DAY, 2)).writeTo(generated);
    List<String> raw = new ArrayList<>(generated.toString(StandardCharsets.UTF_8).lines()
        .toList());
    raw.add(String.format(HOSTILE, 1, 1, 1, 1, SCRIPT_AGENT));
    raw.add(String.format(HOSTILE, 2, 2, 2, 2, IMG_AGENT));
    Path logs = Files.write(directory.resolve("known.log"), raw);
    Path store = directory.resolve("known.duckdb");
    ingest(logs, store);
    return new KnownTraffic(store, raw.stream().map(LogLine::parse).toList());
  }

  private static void ingest(Path logs, Path store) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new Streams(new ByteArrayInputStream(new byte[0]),
        new ByteArrayOutputStream(), new PrintStream(err, true, StandardCharsets.UTF_8)),
        "ingest", "--to", "duckdb:" + store, logs.toString());
    if (code != 0) {
      throw new IllegalStateException("ingest failed: " + err.toString(StandardCharsets.UTF_8));
    }
  }
}
