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
