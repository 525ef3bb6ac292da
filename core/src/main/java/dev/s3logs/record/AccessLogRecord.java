package dev.s3logs.record;

import java.time.Instant;

/**
 * One parsed S3 server access log line, with the fields in the order AWS documents them.
 *
 * <p>Absent values ({@code -} or {@code "-"} in the log) are {@code null} for text and
 * {@link #ABSENT} for numbers: S3 never logs negative numbers, so the sentinel cannot collide.
 *
 * @param remoteAddress the remote IP field exactly as logged, even when it is not an address
 * @param remoteIp the same value when it is a valid IPv4 or IPv6 address, else {@code null}
 * @param requestUri the request line inside the quotes, e.g. {@code GET /key?x HTTP/1.1}
 */
public record AccessLogRecord(
    String bucketOwner,
    String bucket,
    Instant time,
    String remoteAddress,
    String remoteIp,
    String requester,
    String requestId,
    String operation,
    String key,
    String requestUri,
    int httpStatus,
    String errorCode,
    long bytesSent,
    long objectSize,
    long totalTime,
    long turnAroundTime,
    String referrer,
    String userAgent,
    String versionId,
    String hostId,
    String signatureVersion,
    String cipherSuite,
    String authenticationType,
    String hostHeader,
    String tlsVersion,
    String accessPointArn,
    String aclRequired,
    String sourceRegion) implements ParsedLine {

  public static final int ABSENT = -1;
}
