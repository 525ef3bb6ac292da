package dev.s3logs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.s3logs.sink.search.BulkSettings;
import dev.s3logs.sink.search.setup.SetupOptions;
import org.junit.jupiter.api.Test;

class SearchSinkConfigTest {

  @Test
  void aPatternWithoutBracesIsOneIndexWithItsOwnTemplates() {
    SetupOptions setup = config("weblogs", null).setup();
    assertThat(setup.usesOneIndex()).isTrue();
    assertThat(setup.logPattern()).isEqualTo("weblogs");
    assertThat(setup.deadLetterIndex()).isEqualTo("weblogs-failed");
    assertThat(config("weblogs", null).target()).isEqualTo("weblogs");
  }

  @Test
  void dailyPatternsAndDataStreamsKeepTheirNames() {
    SetupOptions daily = config("weblogs-{yyyy.MM.dd}", null).setup();
    assertThat(daily.usesOneIndex()).isFalse();
    assertThat(daily.logPattern()).isEqualTo("weblogs-*");
    assertThat(daily.deadLetterIndex()).isEqualTo("weblogs-failed");
    SetupOptions stream = config("weblogs-{yyyy.MM.dd}", "logs-s3").setup();
    assertThat(stream.usesOneIndex()).isFalse();
    assertThat(stream.logPattern()).isEqualTo("logs-s3*");
    assertThat(stream.deadLetterIndex()).isEqualTo("logs-s3-failed");
  }

  @Test
  void aDailyPatternWithoutADashBeforeTheDateIsRefused() {
    assertThatThrownBy(() -> config("weblogs{yyyy.MM.dd}", null).setup())
        .hasMessage("--index 'weblogs{yyyy.MM.dd}' must be a prefix, a dash and a {date format},"
            + " e.g. weblogs-{yyyy.MM.dd}, or one index's name");
  }

  private static SearchSinkConfig config(String pattern, String dataStream) {
    return new SearchSinkConfig(pattern, dataStream, SearchSinkConfig.Ids.AUTO, true, null,
        SearchSinkConfig.FALLBACK_DEAD_LETTERS, BulkSettings.DEFAULT);
  }
}
