package dev.s3logs.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  @Test
  void splitsLinesAcrossBufferBoundariesAndKeepsALastLineWithoutNewline() throws IOException {
    StringBuilder text = new StringBuilder();
    List<String> expected = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 5_000; i++) {
      String line = "line-" + i + "-" + "x".repeat(random.nextInt(0, 300));
      expected.add(line);
      text.append(line).append('\n');
    }
    text.append("last");
    expected.add("last");
    assertThat(read(trickle(text.toString(), random), 1 << 20)).containsExactlyElementsOf(expected);
  }

  @Test
  void numbersLinesIncludingEmptyOnes() throws IOException {
    List<String> seen = new ArrayList<>();
    new LineReader(new ByteArrayInputStream("a\n\nc\r\n".getBytes(StandardCharsets.UTF_8)))
        .forEach(handler(seen));
    assertThat(seen).containsExactly("1:a", "2:", "3:c\r");
  }

  @Test
  void tooLongLineIsReportedWithItsBeginningAndTheNextLinesStillArrive() throws IOException {
    String huge = "h".repeat(300_000);
    List<String> seen = new ArrayList<>();
    InputStream in = trickle("ok\n" + huge + "\nafter\n" + huge, new SplittableRandom(4));
    new LineReader(in, 1000).forEach(handler(seen));
    assertThat(seen).containsExactly("1:ok", "2:too long 300000 " + "h".repeat(1000), "3:after",
        "4:too long 300000 " + "h".repeat(1000));
  }

  @Test
  void emptyInputHasNoLines() throws IOException {
    assertThat(read(new ByteArrayInputStream(new byte[0]), 100)).isEmpty();
  }

  private static List<String> read(InputStream in, int max) throws IOException {
    List<String> seen = new ArrayList<>();
    new LineReader(in, max).forEach(handler(seen));
    return seen.stream().map(entry -> entry.substring(entry.indexOf(':') + 1)).toList();
  }

  /**
   * Splits the reader's blocks into "number:text" entries, and checks the block contract: every
   * block holds whole lines ending with '\n', but the object's last line may have none.
   */
  private static LineHandler handler(List<String> seen) {
    return new LineHandler() {
      private boolean unterminatedSeen;

      @Override
      public void lines(byte[] buffer, int from, int to, long firstLineNumber) {
        assertThat(unterminatedSeen).as("only the last block may end without a newline").isFalse();
        assertThat(to).isGreaterThan(from);
        String block = new String(buffer, from, to - from, StandardCharsets.UTF_8);
        unterminatedSeen = !block.endsWith("\n");
        String body = unterminatedSeen ? block : block.substring(0, block.length() - 1);
        long number = firstLineNumber;
        for (String line : body.split("\n", -1)) {
          seen.add(number++ + ":" + line);
        }
      }

      @Override
      public void tooLong(byte[] buffer, int from, int to, long lineNumber, long length) {
        seen.add(lineNumber + ":too long " + length + " "
            + new String(buffer, from, to - from, StandardCharsets.UTF_8));
      }
    };
  }

  /** A stream that returns few bytes per read, as sockets and gzip streams do. */
  private static InputStream trickle(String text, SplittableRandom random) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, random.nextInt(1, 9000)));
      }
    };
  }
}
