package dev.s3logs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DataSizeTest {

  @Test
  void unitsAndPlainBytes() {
    assertThat(DataSize.parse("5mb")).isEqualTo(5 << 20);
    assertThat(DataSize.parse(" 512 KB ")).isEqualTo(512 << 10);
    assertThat(DataSize.parse("100000")).isEqualTo(100_000);
  }

  @Test
  void badOrOutOfRangeSizesAreQuoted() {
    assertThatThrownBy(() -> DataSize.parse("x")).hasMessage("'x' is not a size such as 5mb or"
        + " 512kb");
    assertThatThrownBy(() -> DataSize.parse("1000")).hasMessage("'1000' is outside 1kb..1024mb");
    assertThatThrownBy(() -> DataSize.parse("2048mb"))
        .hasMessage("'2048mb' is outside 1kb..1024mb");
  }
}
