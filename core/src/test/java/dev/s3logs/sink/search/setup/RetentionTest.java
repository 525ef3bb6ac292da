package dev.s3logs.sink.search.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetentionTest {

  @Test
  void daysAndHoursAreReadAndWrittenAsTheEnginesWriteThem() {
    assertThat(Retention.parse("90d")).isEqualTo(new Retention(90, Retention.Unit.DAYS));
    assertThat(Retention.parse("30d").hours()).isEqualTo(720);
    assertThat(Retention.parse("12h").hours()).isEqualTo(12);
    assertThat(Retention.parse(" 7d ").toString()).isEqualTo("7d");
    assertThat(Retention.parse("36500d").toString()).isEqualTo("36500d");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "90", "d", "-1d", "1.5d", "90 d", "90D", "2w", "1m", "90days",
      "P90D", "999999999999d"})
  void anythingElseIsRefusedWithAnExample(String text) {
    assertThatThrownBy(() -> Retention.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("like 90d or 12h")
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void zeroWouldDeleteEverythingAtOnce() {
    assertThatThrownBy(() -> Retention.parse("0d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("as soon as they are created");
    assertThatThrownBy(() -> Retention.parse("000h")).hasMessageContaining("at least 1h");
  }

  @Test
  void aCenturyAtMost() {
    assertThatThrownBy(() -> Retention.parse("40000d"))
        .hasMessageContaining("between 1h and 100 years: got 40000d");
  }

  @Test
  void dailyIndicesNeedAtLeastADayWhileADataStreamTakesHours() {
    SetupOptions daily = SetupOptions.defaults();
    assertThatThrownBy(() -> daily.withRetention(Retention.parse("12h")))
        .hasMessageContaining("shorter than a day");
    assertThat(daily.withDataStream("s3").withRetention(Retention.parse("12h")).retention())
        .hasToString("12h");
  }
}
