package dev.s3logs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.record.ParseFailure;
import dev.s3logs.source.Acknowledgement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineChunkTest {

  @Test
  void blocksFromSeveralObjectsSplitIntoNumberedLinesWithoutBlankOnes() {
    LineChunk chunk = new LineChunk();
    add(chunk, "a.log", "one\n\n  \r\nfour\r\n", 1);
    add(chunk, "a.log", "five\nsix", 5);
    add(chunk, "b.log", "first\n", 1);
    assertThat(lines(chunk)).containsExactly("a.log:1:one", "a.log:4:four\r", "a.log:5:five",
        "a.log:6:six", "b.log:1:first");
  }

  @Test
  void aFullChunkRefusesTheNextBlockButAnEmptyOneTakesAnySize() {
    LineChunk chunk = new LineChunk();
    byte[] big = ("x".repeat(LineChunk.MAX_BYTES + 10) + "\n").getBytes(StandardCharsets.UTF_8);
    assertThat(chunk.add(object("big"), big, 0, big.length, 1)).isTrue();
    assertThat(chunk.add(object("next"), big, 0, 2, 2)).isFalse();
    assertThat(chunk.count()).isEqualTo(1);
    assertThat(chunk.end(0) - chunk.start(0)).isEqualTo(LineChunk.MAX_BYTES + 10);
  }

  @Test
  void aClearedChunkHoldsOnlyWhatIsAddedAfterwards() {
    LineChunk chunk = new LineChunk();
    add(chunk, "a.log", "one\ntwo\n", 1);
    chunk.addReadFailure(object("a.log"),
        ParseFailure.of("a.log", 3, "too long", new byte[] {'x'}, 0, 1));
    assertThat(chunk.count()).isEqualTo(2);
    chunk.clear();
    assertThat(chunk.isEmpty()).isTrue();
    add(chunk, "b.log", "three\n", 7);
    assertThat(lines(chunk)).containsExactly("b.log:7:three");
    assertThat(chunk.readFailures()).isEmpty();
  }

  private static void add(LineChunk chunk, String source, String text, long firstLine) {
    byte[] bytes = ("garbage" + text).getBytes(StandardCharsets.UTF_8);
    assertThat(chunk.add(object(source), bytes, 7, bytes.length, firstLine)).isTrue();
  }

  private static List<String> lines(LineChunk chunk) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < chunk.count(); i++) {
      String text = new String(chunk.data(), chunk.start(i), chunk.end(i) - chunk.start(i),
          StandardCharsets.UTF_8);
      lines.add(chunk.source(i) + ":" + chunk.lineNumber(i) + ":" + text);
    }
    return lines;
  }

  private static ObjectProgress object(String name) {
    return new ObjectProgress(name, Acknowledgement.NONE);
  }
}
