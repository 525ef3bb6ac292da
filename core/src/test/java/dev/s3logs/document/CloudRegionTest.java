package dev.s3logs.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CloudRegionTest {

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "null, s3.eu-central-1.amazonaws.com, eu-central-1",
      "null, flow-log-test.s3.us-gov-west-1.amazonaws.com, us-gov-west-1",
      "null, s3-eu-west-1.amazonaws.com, eu-west-1",
      "null, site.s3-website-us-east-1.amazonaws.com, us-east-1",
      "null, site.s3-website.eu-west-2.amazonaws.com, eu-west-2",
      "null, b.s3.dualstack.ap-south-1.amazonaws.com, ap-south-1",
      "null, s3.amazonaws.com, null",
      "null, media.example.com, null",
      "null, null, null",
      "arn:aws:s3:us-west-1:123456789012:accesspoint/ap, s3.eu-central-1.amazonaws.com, us-west-1",
      "not-an-arn, s3.eu-central-1.amazonaws.com, eu-central-1"})
  void regionOfTheBucket(String accessPointArn, String host, String expected) {
    assertThat(new CloudRegion().of(accessPointArn, host)).isEqualTo(expected);
  }
}
