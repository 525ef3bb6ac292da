package dev.s3logs.sink.search.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SetupOptionsTest {

  @Test
  void namesFollowThePrefixOrTheDataStream() {
    SetupOptions daily = SetupOptions.defaults();
    assertThat(daily.logTemplate()).isEqualTo("s3-access-logs");
    assertThat(daily.logPattern()).isEqualTo("s3-access-logs-*");
    assertThat(daily.deadLetterIndex()).isEqualTo("s3-access-logs-failed");
    assertThat(daily.retentionPolicy()).isEqualTo("s3-access-logs-retention");
    SetupOptions stream = daily.withDataStream("logs-aws.s3access-default");
    assertThat(stream.logTemplate()).isEqualTo("logs-aws.s3access-default");
    assertThat(stream.logPattern()).isEqualTo("logs-aws.s3access-default*");
    assertThat(stream.deadLetterIndex()).isEqualTo("s3-access-logs-failed");
  }

  @Test
  void oneIndexIsItsOwnTemplateAndPatternWithDeadLettersBesideIt() {
    SetupOptions one = SetupOptions.defaults().withIndex("weblogs");
    assertThat(one.usesOneIndex()).isTrue();
    assertThat(one.usesDataStream()).isFalse();
    assertThat(one.logTemplate()).isEqualTo("weblogs");
    assertThat(one.logPattern()).isEqualTo("weblogs");
    assertThat(one.deadLetterIndex()).isEqualTo("weblogs-failed");
    assertThat(SetupOptions.defaults().usesOneIndex()).isFalse();
  }

  @Test
  void oneIndexTakesNoRetentionAndNoDataStream() {
    SetupOptions one = SetupOptions.defaults().withIndex("weblogs");
    assertThatThrownBy(() -> one.withRetention(Retention.parse("90d")))
        .hasMessage("retention deletes whole indices, and index 'weblogs' holds all the logs: "
            + "use daily indices (--index weblogs-{yyyy.MM.dd}) or a data stream for retention");
    assertThatThrownBy(() -> one.withDataStream("logs-s3"))
        .hasMessage("logs go to a data stream or to an index, not both: got data stream "
            + "'logs-s3' and index 'weblogs'");
    assertThatThrownBy(() -> SetupOptions.defaults().withIndex("Web"))
        .hasMessageStartingWith("index name must be lowercase").hasMessageContaining("'Web'");
  }

  @Test
  void namesTheEnginesWouldRefuseOrThatNeedEscapingAreRefused() {
    for (String bad : new String[] {"", "Logs", "-logs", "_logs", "a b", "a*", "a/b", "a,b"}) {
      assertThatThrownBy(() -> SetupOptions.defaults().withPrefix(bad))
          .hasMessageContaining("prefix must be lowercase").hasMessageContaining("'" + bad + "'");
    }
    assertThatThrownBy(() -> SetupOptions.defaults().withDataStream("S3"))
        .hasMessageContaining("data stream name");
  }

  @Test
  void settingsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> SetupOptions.defaults().withReplicas(-1))
        .hasMessageContaining("0 replicas: got 1 shards and -1 replicas");
    assertThatThrownBy(() -> SetupOptions.defaults().withRefreshInterval("30"))
        .hasMessageContaining("like 30s");
    assertThat(SetupOptions.defaults().withRefreshInterval("-1").refreshInterval()).isEqualTo("-1");
  }
}
