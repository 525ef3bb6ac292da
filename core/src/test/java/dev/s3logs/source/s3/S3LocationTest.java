package dev.s3logs.source.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class S3LocationTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "s3://logs                      | logs       | ''",
      "s3://logs/                     | logs       | ''",
      "s3://logs/access/              | logs       | access/",
      "s3://my.log-bucket.1/a b%20c/x | my.log-bucket.1 | a b%20c/x",
      "S3://logs/access-              | logs       | access-",
      "s3://logs//double              | logs       | /double",
  })
  void readsBucketAndPrefixAsWritten(String url, String bucket, String prefix) {
    assertThat(S3Location.parse(url)).isEqualTo(new S3Location(bucket, prefix));
  }

  @Test
  void namesObjectsAsS3Urls() {
    S3Location location = S3Location.parse("s3://logs/access/");
    assertThat(location.objectUrl("access/2024-01-02-03-04-05-ABC"))
        .isEqualTo("s3://logs/access/2024-01-02-03-04-05-ABC");
    assertThat(location).hasToString("s3://logs/access/");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "s3:/logs/x        | not an S3 URL: 's3:/logs/x' (write s3://bucket or s3://bucket/prefix)",
      "logs/x            | not an S3 URL: 'logs/x'",
      "https://logs/x    | not an S3 URL",
      "s3://             | no bucket in the S3 URL 's3://'",
      "s3:///prefix      | no bucket in the S3 URL 's3:///prefix'",
      "s3://Logs/x       | invalid bucket name 'Logs' in the S3 URL: bucket names are lower case",
      "s3://ab           | invalid bucket name 'ab' in the S3 URL: it must be 3 to 63 characters",
      "s3://log_bucket   | only a-z, 0-9, '.' and '-' are allowed",
      "s3://-logs        | starting and ending with a letter or digit",
      "s3://logs-        | starting and ending with a letter or digit",
      "s3://log..s       | two dots cannot be adjacent",
      "s3://192.168.1.20 | it cannot be an IP address",
  })
  void refusesWhatS3WouldNot(String url, String message) {
    assertThatThrownBy(() -> S3Location.parse(url))
        .isInstanceOf(InvalidS3SourceException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void refusesBucketsLongerThanS3Allows() {
    assertThat(S3Location.parse("s3://" + "a".repeat(63)).bucket()).hasSize(63);
    assertThatThrownBy(() -> S3Location.parse("s3://" + "a".repeat(64)))
        .hasMessageContaining("3 to 63 characters");
  }
}
