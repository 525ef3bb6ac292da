package dev.s3logs.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every answer of the cache is checked against {@code new String(bytes, UTF_8)}. */
class StringCacheTest {

  private static String decoded(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.UTF_8);
  }

  private static void assertGet(StringCache cache, byte[] b, int from, int to) {
    String actual = cache.get(b, from, to);
    String expected = decoded(b, from, to);
    if (!expected.equals(actual)) {
      assertThat(actual).as("bytes %s", Arrays.toString(Arrays.copyOfRange(b, from, to))).isEqualTo(expected);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void returnsTheTextOfTheRange() {
    StringCache cache = new StringCache();
    byte[] line = utf8("bucket REST.GET.OBJECT key");
    assertThat(cache.get(line, 0, 6)).isEqualTo("bucket");
    assertThat(cache.get(line, 7, 22)).isEqualTo("REST.GET.OBJECT");
    assertThat(cache.get(line, 23, 26)).isEqualTo("key");
    assertThat(cache.get(line, 25, 26)).isEqualTo("y");
  }

  @Test
  void aRepeatHitReturnsTheSameInstance() {
    StringCache cache = new StringCache();
    byte[] line = utf8("owner REST.GET.OBJECT owner REST.GET.OBJECT");
    String first = cache.get(line, 6, 21);
    String again = cache.get(line, 6, 21);
    assertThat(again).isSameAs(first);
    // Equal bytes elsewhere in the same array, and in another array, hit the same entry.
    assertThat(cache.get(line, 28, 43)).isSameAs(first);
    byte[] other = utf8("xxREST.GET.OBJECT");
    assertThat(cache.get(other, 2, other.length)).isSameAs(first);
    assertThat(cache.get(line, 0, 5)).isEqualTo("owner").isSameAs(cache.get(line, 22, 27));
  }

  @Test
  void sameInstanceForRepeatsOfEveryShortLength() {
    StringCache cache = new StringCache();
    Random random = new Random(5);
    for (int length = 1; length <= 300; length++) {
      byte[] value = randomAscii(random, length);
      String first = cache.get(value, 0, length);
      assertThat(first).isEqualTo(decoded(value, 0, length));
      byte[] copy = new byte[length + 7];
      System.arraycopy(value, 0, copy, 7, length);
      assertThat(cache.get(copy, 7, length + 7)).as("length %d", length).isSameAs(first);
    }
  }

  @Test
  void changedBytesAreNotAnsweredFromTheCache() {
    StringCache cache = new StringCache();
    byte[] b = utf8("abcdefghijklmnopqrstuvwxyz");
    String before = cache.get(b, 0, b.length);
    for (int i = 0; i < b.length; i++) {
      byte old = b[i];
      b[i] = '_';
      assertThat(cache.get(b, 0, b.length)).as("changed byte %d", i).isEqualTo(decoded(b, 0, b.length));
      b[i] = old;
    }
    // The caller's array is not kept: the first answer is untouched by the changes above.
    assertThat(before).isEqualTo("abcdefghijklmnopqrstuvwxyz");
    assertThat(cache.get(b, 0, b.length)).isEqualTo(before);
  }

  @Test
  void prefixesAndExtensionsOfACachedValueAreDistinct() {
    StringCache cache = new StringCache();
    byte[] b = utf8("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    for (int round = 0; round < 3; round++) {
      for (int length = 1; length <= b.length; length++) {
        assertThat(cache.get(b, 0, length)).hasSize(length);
        assertThat(cache.get(b, b.length - length, b.length)).hasSize(length);
      }
    }
  }

  /**
   * Values that differ in a single byte, at every position: a cache that only looks at some of the
   * bytes puts many of them in one slot, and must still never return another value's string.
   */
  @Test
  void valuesDifferingInOneByteAtAnyPositionNeverGetEachOthersString() {
    StringCache cache = new StringCache();
    for (int length : new int[] {1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 64, 100, 255, 512}) {
      byte[] base = new byte[length];
      Arrays.fill(base, (byte) 'k');
      for (int position = 0; position < length; position++) {
        List<byte[]> variants = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
          byte[] v = base.clone();
          v[position] = (byte) c;
          variants.add(v);
        }
        for (int round = 0; round < 3; round++) {
          for (byte[] v : variants) {
            assertGet(cache, v, 0, v.length);
          }
          for (int i = variants.size() - 1; i >= 0; i--) {
            byte[] v = variants.get(i);
            assertGet(cache, v, 0, v.length);
            assertGet(cache, v, 0, v.length);
          }
        }
      }
    }
  }

  @Test
  void manyRandomValuesInRandomOrderAlwaysGiveTheRightString() {
    Random random = new Random(31337);
    StringCache cache = new StringCache();
    // Far more values than any small cache has slots, from a small alphabet so that values
    // often share their first, last and middle bytes.
    List<byte[]> values = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 200 : 24);
      byte[] v = new byte[length];
      for (int j = 0; j < length; j++) {
        v[j] = (byte) (random.nextInt(8) == 0 ? random.nextInt(256) : 'a' + random.nextInt(3));
      }
      values.add(v);
    }
    int sameInstance = 0;
    for (int round = 0; round < 300_000; round++) {
      // Skewed towards a hot set, as field values in logs are.
      byte[] v = values.get(random.nextInt(4) == 0 ? random.nextInt(values.size()) : random.nextInt(50));
      int offset = random.nextInt(4);
      byte[] padded = new byte[offset + v.length + random.nextInt(4)];
      Arrays.fill(padded, (byte) 'z');
      System.arraycopy(v, 0, padded, offset, v.length);
      String first = cache.get(padded, offset, offset + v.length);
      assertThat(first).isEqualTo(decoded(v, 0, v.length));
      String second = cache.get(padded, offset, offset + v.length);
      if (second == first) {
        sameInstance++;
      } else {
        assertThat(second).isEqualTo(first);
      }
    }
    assertThat(sameInstance).as("an immediate repeat of a short value is a hit").isEqualTo(300_000);
  }

  @Test
  void utf8MultiByteText() {
    StringCache cache = new StringCache();
    List<String> texts = List.of("é", "café", "中", "中文", "中文字符测试", "😀", "a😀b", "😀😀😀😀",
        "Mozilla/5.0 (Linux; Android 10; 中文) é", "ÿÿÿÿÿÿÿÿ", "aé", "éa", "中a", "a中");
    for (int round = 0; round < 3; round++) {
      for (String text : texts) {
        byte[] b = utf8("  " + text + " ");
        String got = cache.get(b, 2, b.length - 1);
        assertThat(got).isEqualTo(text);
        assertThat(cache.get(b, 2, b.length - 1)).isSameAs(got);
      }
    }
  }

  @Test
  void everyRangeOfMultiByteTextIncludingCutCharacters() {
    StringCache cache = new StringCache();
    byte[] b = utf8("aé中😀b中é😀cÿ");
    for (int round = 0; round < 2; round++) {
      for (int from = 0; from < b.length; from++) {
        for (int to = from + 1; to <= b.length; to++) {
          assertGet(cache, b, from, to);
        }
      }
    }
  }

  @Test
  void invalidUtf8DecodesLikeTheStringConstructor() {
    StringCache cache = new StringCache();
    byte[][] values = {{(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0xC3}, {(byte) 0xC3, 'a'}, {(byte) 0xE4, (byte) 0xB8},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0x80}, {'a', (byte) 0x80, 'b'}};
    for (int round = 0; round < 2; round++) {
      for (byte[] v : values) {
        assertGet(cache, v, 0, v.length);
      }
    }
  }

  @Test
  void everySingleByteValue() {
    StringCache cache = new StringCache();
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 256; i++) {
        assertGet(cache, all, i, i + 1);
      }
    }
  }

  @Test
  void valuesLongerThanFiveHundredTwelveBytes() {
    StringCache cache = new StringCache();
    Random random = new Random(99);
    for (int length : new int[] {511, 512, 513, 600, 1_000, 4_096, 70_000}) {
      byte[] b = utf8(randomText(random, length));
      String first = cache.get(b, 0, b.length);
      assertThat(first).isEqualTo(decoded(b, 0, b.length));
      assertThat(cache.get(b, 0, b.length)).isEqualTo(first);
      // Changing a byte in the middle must show, cached or not.
      int middle = b.length / 2;
      while (b[middle] < 0) {
        middle++;
      }
      b[middle] = b[middle] == 'Q' ? (byte) 'R' : (byte) 'Q';
      assertThat(cache.get(b, 0, b.length)).as("length %d after a change", length).isEqualTo(decoded(b, 0, b.length));
      assertThat(first).isNotEqualTo(decoded(b, 0, b.length));
    }
  }

  @Test
  void longValuesDoNotDisturbShortOnes() {
    StringCache cache = new StringCache();
    byte[] shortValue = utf8("REST.GET.OBJECT");
    String cached = cache.get(shortValue, 0, shortValue.length);
    Random random = new Random(3);
    for (int i = 0; i < 1_000; i++) {
      byte[] longValue = randomAscii(random, 513 + random.nextInt(2_000));
      assertGet(cache, longValue, 0, longValue.length);
    }
    assertThat(cache.get(shortValue, 0, shortValue.length)).isEqualTo(cached);
  }

  private static byte[] randomAscii(Random random, int length) {
    byte[] b = new byte[length];
    for (int i = 0; i < length; i++) {
      b[i] = (byte) (0x21 + random.nextInt(0x5e));
    }
    return b;
  }

  private static String randomText(Random random, int length) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      switch (random.nextInt(4)) {
        case 0 -> sb.append('é');
        case 1 -> sb.append('中');
        case 2 -> sb.append("😀");
        default -> sb.append((char) ('a' + random.nextInt(26)));
      }
    }
    return sb.toString();
  }
}
