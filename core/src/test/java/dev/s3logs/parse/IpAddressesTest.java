package dev.s3logs.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {

  @ParameterizedTest
  @ValueSource(strings = {"192.0.2.3", "0.0.0.0", "255.255.255.255", "10.0.1.2", "::", "::1",
      "2001:db8::1", "2001:db8:85a3:0:0:8a2e:370:7334", "fe80::", "::ffff:192.0.2.128",
      "64:ff9b::192.0.2.33", "1::2:3:4:5:6:7"})
  void valid(String address) {
    assertThat(IpAddresses.isValid(address)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "xxx.xxxx.xx.xxx", "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4",
      "1.2.3.4 ", "1..2.3", "2001:db8::1::2", "1:2:3:4:5:6:7:8:9", "12345::", ":1::", "1:", "1:2",
      "::ffff:192.0.2", "gggg::1", "masked", "1.2.3.4:80", "1:2:3:4:5:6:7::8:9"})
  void invalid(String address) {
    assertThat(IpAddresses.isValid(address)).isFalse();
  }
}
