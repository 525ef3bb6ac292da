package dev.s3logs.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.traffic.ValueCounts.ValueCount;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueCountsTest {

  @Test
  void interpolatesBetweenRanksLikeQuantileCont() {
    // the values 10, 20, 20, 30, 40 in order: n = 5, ranks 0..4
    ValueCounts counts = new ValueCounts(List.of(new ValueCount(10, 1), new ValueCount(20, 2),
        new ValueCount(30, 1), new ValueCount(40, 1)));

    Latency.Percentiles p = counts.percentiles();

    assertThat(p.p50()).isEqualTo(20.0); // rank 2
    assertThat(p.p95()).isEqualTo(38.0, org.assertj.core.data.Offset.offset(1e-9)); // rank 3.8
    assertThat(p.p99()).isEqualTo(39.6, org.assertj.core.data.Offset.offset(1e-9)); // rank 3.96
  }

  @Test
  void oneValueIsEveryPercentile() {
    Latency.Percentiles p = new ValueCounts(List.of(new ValueCount(7, 3))).percentiles();

    assertThat(List.of(p.p50(), p.p95(), p.p99())).containsOnly(7.0);
  }

  @Test
  void noValuesGiveNoPercentiles() {
    assertThat(new ValueCounts(List.of()).percentiles())
        .isEqualTo(new Latency.Percentiles(null, null, null));
  }
}
