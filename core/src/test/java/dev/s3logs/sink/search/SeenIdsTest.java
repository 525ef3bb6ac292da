package dev.s3logs.sink.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenIdsTest {

  @Test
  void aRepeatIsToldApartFromIdsThatShareOneHalf() {
    SeenIds seen = new SeenIds();
    assertThat(seen.add(1, 2)).isTrue();
    assertThat(seen.add(1, 3)).isTrue();
    assertThat(seen.add(4, 2)).isTrue();
    assertThat(seen.add(1, 2)).isFalse();
    assertThat(seen.add(0, 0)).isTrue();
    assertThat(seen.add(0, 0)).isFalse();
  }

  @Test
  void collidingSlotsStillFindTheirIds() {
    SeenIds seen = new SeenIds();
    // equal high ^ low: the same first slot
    for (long i = 1; i <= 100; i++) {
      assertThat(seen.add(i, i)).isTrue();
    }
    for (long i = 1; i <= 100; i++) {
      assertThat(seen.add(i, i)).isFalse();
    }
  }

  @Test
  void memoryIsBoundedByForgettingTheOldestWindowAtOnce() {
    SeenIds seen = new SeenIds();
    for (long i = 1; i <= SeenIds.WINDOW; i++) {
      seen.add(i * 0x9E3779B97F4A7C15L, i);
    }
    assertThat(seen.add(0x9E3779B97F4A7C15L, 1)).as("seen within the window").isFalse();
    assertThat(seen.add(-1, -1)).as("the first id after a full window").isTrue();
    assertThat(seen.add(0x9E3779B97F4A7C15L, 1)).as("forgotten with the old window").isTrue();
  }
}
