package dev.s3logs.lambda.event;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SQS queue's ARN, {@code arn:aws:sqs:eu-west-1:123456789012:access-logs}, as an SQS event
 * names the queue each message came from; and the queue's URL, which SendMessage takes.
 */
public record QueueArn(String partition, String region, String account, String name) {

  private static final Pattern ARN =
      Pattern.compile("^arn:(aws[a-z-]*):sqs:([a-z0-9-]+):(\\d{12}):([A-Za-z0-9_.-]{1,80})$");

  /** @throws IllegalArgumentException when it is not an SQS queue's ARN */
  public static QueueArn parse(String arn) {
    Matcher parts = ARN.matcher(arn == null ? "" : arn);
    if (!parts.matches()) {
      throw new IllegalArgumentException("'" + arn + "' is not an SQS queue's ARN");
    }
    return new QueueArn(parts.group(1), parts.group(2), parts.group(3), parts.group(4));
  }

  /**
   * The queue's URL on SQS's regional endpoint. The SDK sends the request to the client's
   * endpoint (an override, a VPC endpoint) whatever the URL's host; SQS reads the account and
   * name from its path.
   */
  public String url() {
    String domain = partition.equals("aws-cn") ? "amazonaws.com.cn" : "amazonaws.com";
    return "https://sqs." + region + "." + domain + "/" + account + "/" + name;
  }
}
