package dev.s3logs.bench;

import io.krakens.grok.api.Grok;
import io.krakens.grok.api.GrokCompiler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logstash's S3_ACCESS_LOG grok pattern (see {@code s3-access-log.grok} for its source), compiled
 * with java-grok. Only named captures are kept, as Logstash does by default.
 */
final class S3AccessLogGrok {

  private static final String RESOURCE = "s3-access-log.grok";
  private static final Pattern CAPTURE = Pattern.compile("%\\{\\w+:([^:}]+)(?::(\\w+))?}");

  private final Grok grok;
  private final List<GrokField> fields;

  private S3AccessLogGrok(String definitions) throws IOException {
    GrokCompiler compiler = GrokCompiler.newInstance();
    compiler.registerDefaultPatterns();
    compiler.register(new StringReader(definitions));
    this.grok = compiler.compile("%{S3_ACCESS_LOG}", true);
    this.fields = capturesOf(definitions);
  }

  static S3AccessLogGrok load() {
    try {
      return new S3AccessLogGrok(readResource());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Grok grok() {
    return grok;
  }

  /** Every field the pattern can capture, with the {@code :int} ones marked numeric. */
  List<GrokField> fields() {
    return fields;
  }

  private static List<GrokField> capturesOf(String definitions) {
    List<GrokField> found = new ArrayList<>();
    Matcher m = CAPTURE.matcher(definitions);
    while (m.find()) {
      found.add(GrokField.of(m.group(1), "int".equals(m.group(2))));
    }
    return found;
  }

  private static String readResource() throws IOException {
    try (InputStream in = S3AccessLogGrok.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      StringBuilder kept = new StringBuilder();
      // The comment lines would otherwise be scanned for %{...} captures too.
      reader.lines().filter(line -> !line.startsWith("#")).forEach(line -> kept.append(line).append('\n'));
      return kept.toString();
    }
  }
}
