package dev.s3logs.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The public corpus of the parser's tests (core/src/test/resources/corpus, on the classpath). */
final class Corpus {

  private Corpus() {
  }

  /** 80 lines of published real logs; 79 parse, one is two records spliced into one line. */
  static byte[] publicSamples() {
    try (InputStream in = Corpus.class.getResourceAsStream("/public-samples.log")) {
      if (in == null) {
        throw new IllegalStateException("public-samples.log is not on the test classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
