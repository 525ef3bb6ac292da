package dev.s3logs.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class StopAtLineEndTest {

  private final AtomicBoolean stop = new AtomicBoolean();

  @Test
  void withoutAStopEverythingIsReadAndNothingIsCut() throws IOException {
    StopAtLineEnd in = stream("one\ntwo\nthree", 0);
    assertThat(readAll(in, 3)).isEqualTo("one\ntwo\nthree");
    assertThat(in.cut()).isFalse();
    assertThat(in.position()).isEqualTo(13);
  }

  @Test
  void aStopInsideALineEndsAfterThatLine() throws IOException {
    StopAtLineEnd in = stream("first line\nsecond line\nthird\n", 0);
    byte[] buffer = new byte[4];
    assertThat(in.read(buffer)).isEqualTo(4);
    stop.set(true);
    String rest = readAll(in, 64);
    assertThat("firs" + rest).isEqualTo("first line\n");
    assertThat(in.cut()).isTrue();
    assertThat(in.position()).isEqualTo(11);
  }

  @Test
  void aStopAtALineStartEndsAtOnce() throws IOException {
    StopAtLineEnd in = stream("a\nb\n", 0);
    byte[] buffer = new byte[2];
    assertThat(in.read(buffer)).isEqualTo(2);
    stop.set(true);
    assertThat(in.read(buffer)).isEqualTo(-1);
    assertThat(in.cut()).isTrue();
    assertThat(in.position()).isEqualTo(2);
  }

  @Test
  void aStopOnTheLastLineReachesTheRealEndAndIsNoCut() throws IOException {
    StopAtLineEnd ends = stream("a\nlast\n", 0);
    ends.read(new byte[3]);
    stop.set(true);
    assertThat(readAll(ends, 64)).isEqualTo("ast\n");
    assertThat(ends.cut()).isFalse();

    stop.set(false);
    StopAtLineEnd noNewline = stream("a\nlast", 0);
    noNewline.read(new byte[3]);
    stop.set(true);
    assertThat(readAll(noNewline, 64)).isEqualTo("ast");
    assertThat(noNewline.cut()).isFalse();
    assertThat(noNewline.position()).isEqualTo(6);
  }

  @Test
  void positionsCountFromTheStartGivenAndSingleBytesCountToo() throws IOException {
    StopAtLineEnd in = stream("xy\nz\n", 1000);
    assertThat(in.read()).isEqualTo('x');
    stop.set(true);
    assertThat(in.read()).isEqualTo('y');
    assertThat(in.read()).isEqualTo('\n');
    assertThat(in.read()).isEqualTo(-1);
    assertThat(in.cut()).isTrue();
    assertThat(in.position()).isEqualTo(1003);
  }

  @Test
  void aStopBeforeTheFirstReadGivesNothing() throws IOException {
    stop.set(true);
    StopAtLineEnd in = stream("a\n", 7);
    assertThat(in.read(new byte[8])).isEqualTo(-1);
    assertThat(in.cut()).isTrue();
    assertThat(in.position()).isEqualTo(7);
    StopAtLineEnd empty = stream("", 7);
    assertThat(empty.read(new byte[8])).isEqualTo(-1);
    assertThat(empty.cut()).isFalse();
  }

  private StopAtLineEnd stream(String text, long start) {
    InputStream bytes = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    return new StopAtLineEnd(bytes, start, stop::get);
  }

  private static String readAll(InputStream in, int chunk) throws IOException {
    StringBuilder text = new StringBuilder();
    byte[] buffer = new byte[chunk];
    int n;
    while ((n = in.read(buffer)) >= 0) {
      text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
    }
    return text.toString();
  }
}
