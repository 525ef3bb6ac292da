package dev.s3logs.lambda;

import dev.s3logs.generate.GeneratorOptions;
import dev.s3logs.generate.SyntheticLogGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * Generated access log lines for a test object. Identical lines become one document (their ids
 * are equal on purpose), so {@link #distinct} is what the engine ends up holding.
 *
 * @param lines how many lines
 * @param distinct how many different lines among them
 */
public record GeneratedLog(byte[] text, long lines, long distinct) {

  public static GeneratedLog of(long lines, long seed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SyntheticLogGenerator(GeneratorOptions.defaults().withSeed(seed).withLines(lines))
        .writeTo(out);
    byte[] text = out.toByteArray();
    long distinct = new String(text, StandardCharsets.UTF_8).lines().distinct().count();
    return new GeneratedLog(text, lines, distinct);
  }

  public byte[] gzipped() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
