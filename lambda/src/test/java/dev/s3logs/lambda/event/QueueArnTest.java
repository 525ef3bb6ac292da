package dev.s3logs.lambda.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueueArnTest {

  @Test
  void theUrlOfAQueueIsOnSqssRegionalEndpoint() {
    QueueArn arn = QueueArn.parse("arn:aws:sqs:eu-west-1:123456789012:access-logs");
    assertThat(arn).isEqualTo(new QueueArn("aws", "eu-west-1", "123456789012", "access-logs"));
    assertThat(arn.url()).isEqualTo("https://sqs.eu-west-1.amazonaws.com/123456789012/access-logs");
    assertThat(QueueArn.parse("arn:aws-cn:sqs:cn-north-1:123456789012:logs.fifo").url())
        .isEqualTo("https://sqs.cn-north-1.amazonaws.com.cn/123456789012/logs.fifo");
  }

  @Test
  void otherArnsAreRefused() {
    assertThatThrownBy(() -> QueueArn.parse("arn:aws:sns:eu-west-1:123456789012:topic"))
        .hasMessage("'arn:aws:sns:eu-west-1:123456789012:topic' is not an SQS queue's ARN");
    assertThatThrownBy(() -> QueueArn.parse("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QueueArn.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
