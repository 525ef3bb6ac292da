package dev.s3logs.source.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LogDateRangeTest {

  private static final LocalDate JAN_2 = LocalDate.of(2024, 1, 2);
  private static final LocalDate JAN_4 = LocalDate.of(2024, 1, 4);

  @Test
  void includesBothEndDays() {
    LogDateRange range = new LogDateRange(Optional.of(JAN_2), Optional.of(JAN_4));
    assertThat(range.contains(JAN_2.minusDays(1))).isFalse();
    assertThat(range.contains(JAN_2)).isTrue();
    assertThat(range.contains(JAN_4)).isTrue();
    assertThat(range.contains(JAN_4.plusDays(1))).isFalse();
    assertThat(range.end()).contains(LocalDate.of(2024, 1, 5));
  }

  @Test
  void eitherEndMayBeOpen() {
    assertThat(LogDateRange.ALL.isBounded()).isFalse();
    assertThat(LogDateRange.ALL.contains(LocalDate.MIN)).isTrue();
    LogDateRange since = new LogDateRange(Optional.of(JAN_2), Optional.empty());
    assertThat(since.isBounded()).isTrue();
    assertThat(since.contains(LocalDate.of(9999, 12, 31))).isTrue();
    assertThat(since.end()).isEmpty();
  }

  @Test
  void aRangeEndingBeforeItStartsIsAnError() {
    assertThatThrownBy(() -> new LogDateRange(Optional.of(JAN_4), Optional.of(JAN_2)))
        .isInstanceOf(InvalidS3SourceException.class)
        .hasMessage("--since 2024-01-04 is after --until 2024-01-02: no log object can be in"
            + " that range");
  }
}
