package dev.s3logs.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ByteSearch against plain byte-by-byte loops as the oracle. */
class ByteSearchTest {

  /** Bytes that a word-at-a-time zero test is most likely to confuse. */
  private static final byte[] TARGETS = {0x00, 0x01, (byte) 0x80, (byte) 0xFF, 0x7F, (byte) 0xFE, (byte) 0x81,
      ' ', '"', '[', ']', '\n', '\r', 0x20, 0x40};

  private static int naiveIndexOf(byte[] b, int from, int to, byte target) {
    for (int i = from; i < to; i++) {
      if (b[i] == target) {
        return i;
      }
    }
    return -1;
  }

  private static boolean naiveIsAscii(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- indexOf

  @Test
  void emptyRangeFindsNothing() {
    byte[] b = {' ', ' ', ' '};
    assertThat(ByteSearch.indexOf(b, 0, 0, (byte) ' ')).isEqualTo(-1);
    assertThat(ByteSearch.indexOf(b, 2, 2, (byte) ' ')).isEqualTo(-1);
    assertThat(ByteSearch.indexOf(new byte[0], 0, 0, (byte) 0)).isEqualTo(-1);
  }

  @Test
  void findsTheFirstOfSeveralOccurrences() {
    byte[] b = "abc def ghi jkl mno pqr stu".getBytes();
    assertThat(ByteSearch.indexOf(b, 0, b.length, (byte) ' ')).isEqualTo(3);
    assertThat(ByteSearch.indexOf(b, 4, b.length, (byte) ' ')).isEqualTo(7);
    assertThat(ByteSearch.indexOf(b, 8, b.length, (byte) ' ')).isEqualTo(11);
    assertThat(ByteSearch.indexOf(b, 24, b.length, (byte) ' ')).isEqualTo(-1);
    assertThat(ByteSearch.indexOf(b, 0, 3, (byte) ' ')).isEqualTo(-1);
    assertThat(ByteSearch.indexOf(b, 0, b.length, (byte) 'u')).isEqualTo(new String(b).indexOf('u'));
  }

  @Test
  void targetAtEveryPositionAmongConfusableNeighbours() {
    for (byte target : TARGETS) {
      byte[] neighbours = {(byte) (target ^ 0x01), (byte) (target ^ 0x80), (byte) (target - 1),
          (byte) (target + 1), (byte) (target ^ 0xFF), (byte) 0x80, (byte) 0xFF, 0x00, 0x01};
      for (byte filler : neighbours) {
        if (filler == target) {
          continue;
        }
        for (int length = 1; length <= 40; length++) {
          for (int position = 0; position < length; position++) {
            byte[] b = new byte[length];
            Arrays.fill(b, filler);
            b[position] = target;
            for (int from = 0; from <= Math.min(position + 1, length); from++) {
              int expected = from <= position ? position : -1;
              assertThat(ByteSearch.indexOf(b, from, length, target))
                  .as("target %02x filler %02x length %d position %d from %d", target, filler, length, position, from)
                  .isEqualTo(expected);
            }
            // The range ends before the target, or right after it.
            assertThat(ByteSearch.indexOf(b, 0, position, target)).isEqualTo(-1);
            assertThat(ByteSearch.indexOf(b, 0, position + 1, target)).isEqualTo(position);
          }
        }
      }
    }
  }

  @Test
  void targetInTheLastOneToSevenBytesAfterWholeWords() {
    for (byte target : TARGETS) {
      byte filler = (byte) (target ^ 0x80);
      for (int words = 0; words <= 5; words++) {
        for (int tail = 1; tail <= 7; tail++) {
          for (int at = 0; at < tail; at++) {
            for (int from = 0; from < 8; from++) {
              int length = from + words * 8 + tail;
              byte[] b = new byte[length + 3];
              Arrays.fill(b, filler);
              int position = from + words * 8 + at;
              b[position] = target;
              // Also a target just past the range: it must not be reported.
              b[length] = target;
              assertThat(ByteSearch.indexOf(b, from, length, target))
                  .as("target %02x words %d tail %d at %d from %d", target, words, tail, at, from)
                  .isEqualTo(position);
              b[position] = filler;
              assertThat(ByteSearch.indexOf(b, from, length, target)).isEqualTo(-1);
            }
          }
        }
      }
    }
  }

  @Test
  void occurrencesOutsideTheRangeAreIgnored() {
    byte[] b = new byte[64];
    Arrays.fill(b, (byte) 'x');
    for (int i = 0; i < 10; i++) {
      b[i] = ' ';
      b[b.length - 1 - i] = ' ';
    }
    assertThat(ByteSearch.indexOf(b, 10, 54, (byte) ' ')).isEqualTo(-1);
    assertThat(ByteSearch.indexOf(b, 9, 54, (byte) ' ')).isEqualTo(9);
    assertThat(ByteSearch.indexOf(b, 10, 55, (byte) ' ')).isEqualTo(54);
  }

  @Test
  void matchesANaiveLoopOnRandomArraysAndRanges() {
    compareWithNaiveLoop(8_675_309, ByteSearch::indexOf, ByteSearchTest::naiveIndexOf);
  }

  @Test
  void lastIndexOfMatchesANaiveLoopOnRandomArraysAndRanges() {
    compareWithNaiveLoop(4_242, ByteSearch::lastIndexOf, (b, from, to, target) -> {
      for (int i = to - 1; i >= from; i--) {
        if (b[i] == target) {
          return i;
        }
      }
      return -1;
    });
  }

  /** A search over a byte range, as both ByteSearch methods and their naive twins are. */
  private interface Search {
    int find(byte[] b, int from, int to, byte target);
  }

  private static void compareWithNaiveLoop(long seed, Search search, Search naive) {
    Random random = new Random(seed);
    int found = 0;
    for (int round = 0; round < 200_000; round++) {
      int length = random.nextInt(round % 10 == 0 ? 600 : 80);
      byte[] b = new byte[length];
      byte target = pickTarget(random, b);
      fill(random, b, target);
      int from = length == 0 ? 0 : random.nextInt(length + 1);
      int to = from + random.nextInt(length - from + 1);
      int expected = naive.find(b, from, to, target);
      int actual = search.find(b, from, to, target);
      if (actual != expected) {
        assertThat(actual).as("round %d target %02x from %d to %d in %s", round, target, from, to,
            Arrays.toString(b)).isEqualTo(expected);
      }
      if (expected >= 0) {
        found++;
      }
    }
    // The generator must exercise both outcomes, or the comparison proves little.
    assertThat(found).isBetween(40_000, 160_000);
  }

  @Test
  void quotesInPlainTextMatchesANaiveCount() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(99);
    byte[] alphabet = "ab \"\"\\\t\u0001~".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    for (int round = 0; round < 100_000; round++) {
      byte[] b = new byte[random.nextInt(0, 70)];
      for (int i = 0; i < b.length; i++) {
        int pick = random.nextInt(100);
        b[i] = pick < 90 ? (byte) ('a' + pick % 26) : pick < 99 ? alphabet[pick % alphabet.length] : (byte) 0xC3;
      }
      int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
      int to = from + random.nextInt(b.length - from + 1);
      int quotes = 0;
      boolean clean = true;
      for (int i = from; i < to; i++) {
        clean &= b[i] >= 0x20 && b[i] != '\\';
        quotes += b[i] == '"' ? 1 : 0;
      }
      assertThat(ByteSearch.quotesInPlainText(b, from, to)).as(Arrays.toString(b) + " " + from + " " + to)
          .isEqualTo(clean ? quotes : -1);
    }
  }

  @Test
  void agreesWithStringIndexOfOnRandomText() {
    Random random = new Random(42);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(300);
      for (int i = 0; i < length; i++) {
        sb.append((char) ('a' + random.nextInt(random.nextBoolean() ? 3 : 26)));
      }
      String text = sb.toString();
      byte[] b = text.getBytes();
      char target = (char) ('a' + random.nextInt(26));
      int from = random.nextInt(length + 1);
      int expected = text.indexOf(target, from);
      assertThat(ByteSearch.indexOf(b, from, length, (byte) target)).isEqualTo(expected);
    }
  }

  private static byte pickTarget(Random random, byte[] b) {
    int choice = random.nextInt(6);
    if (choice < 4) {
      return new byte[] {0x00, (byte) 0x80, (byte) 0xFF, ' '}[choice];
    }
    return (byte) random.nextInt(256);
  }

  /** Fills mostly with bytes one bit away from the target, sometimes with the target itself. */
  private static void fill(Random random, byte[] b, byte target) {
    int density = 1 + random.nextInt(b.length + 1);
    for (int i = 0; i < b.length; i++) {
      int kind = random.nextInt(density + 4);
      if (kind == 0) {
        b[i] = target;
      } else if (kind == 1) {
        b[i] = (byte) (target ^ (1 << random.nextInt(8)));
      } else if (kind == 2) {
        b[i] = (byte) (0x80 | random.nextInt(128));
      } else if (kind == 3) {
        b[i] = (byte) (target + (random.nextBoolean() ? 1 : -1));
      } else {
        b[i] = (byte) random.nextInt(256);
      }
    }
  }

  // ---------------------------------------------------------------- isAscii

  @Test
  void asciiRangesAreAscii() {
    byte[] all = new byte[128];
    for (int i = 0; i < 128; i++) {
      all[i] = (byte) i;
    }
    assertThat(ByteSearch.isAscii(all, 0, all.length)).isTrue();
    assertThat(ByteSearch.isAscii(new byte[0], 0, 0)).isTrue();
    for (int length = 0; length <= 40; length++) {
      byte[] b = new byte[length];
      Arrays.fill(b, (byte) 0x7F);
      assertThat(ByteSearch.isAscii(b, 0, length)).isTrue();
    }
  }

  @Test
  void aSingleHighByteAtEveryPositionIsFound() {
    for (byte high : new byte[] {(byte) 0x80, (byte) 0xFF, (byte) 0xC3, (byte) 0xA9, (byte) 0xE4}) {
      for (byte filler : new byte[] {0x00, 0x7F, 'a', 0x01}) {
        for (int length = 1; length <= 40; length++) {
          for (int position = 0; position < length; position++) {
            byte[] b = new byte[length];
            Arrays.fill(b, filler);
            b[position] = high;
            for (int from = 0; from <= Math.min(8, length); from++) {
              boolean inside = from <= position;
              assertThat(ByteSearch.isAscii(b, from, length))
                  .as("high %02x filler %02x length %d position %d from %d", high, filler, length, position, from)
                  .isEqualTo(!inside);
            }
            assertThat(ByteSearch.isAscii(b, 0, position)).isTrue();
            assertThat(ByteSearch.isAscii(b, 0, position + 1)).isFalse();
          }
        }
      }
    }
  }

  @Test
  void isAsciiMatchesANaiveLoopOnRandomArrays() {
    Random random = new Random(1234);
    int ascii = 0;
    for (int round = 0; round < 100_000; round++) {
      int length = random.nextInt(100);
      byte[] b = new byte[length];
      for (int i = 0; i < length; i++) {
        b[i] = (byte) random.nextInt(128);
      }
      int highs = random.nextInt(3);
      for (int h = 0; h < highs && length > 0; h++) {
        b[random.nextInt(length)] = (byte) (0x80 | random.nextInt(128));
      }
      int from = random.nextInt(length + 1);
      int to = from + random.nextInt(length - from + 1);
      boolean expected = naiveIsAscii(b, from, to);
      boolean actual = ByteSearch.isAscii(b, from, to);
      if (actual != expected) {
        assertThat(actual).as("round %d from %d to %d in %s", round, from, to, Arrays.toString(b))
            .isEqualTo(expected);
      }
      if (expected) {
        ascii++;
      }
    }
    assertThat(ascii).isBetween(20_000, 90_000);
  }

  @Test
  void utf8TextIsNotAscii() {
    byte[] b = "plain text then é".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(ByteSearch.isAscii(b, 0, b.length)).isFalse();
    assertThat(ByteSearch.isAscii(b, 0, b.length - 2)).isTrue();
    byte[] emoji = "abcdefgh😀".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(ByteSearch.isAscii(emoji, 0, emoji.length)).isFalse();
    assertThat(ByteSearch.isAscii(emoji, 0, 8)).isTrue();
  }
}
