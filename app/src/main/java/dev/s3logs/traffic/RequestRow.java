package dev.s3logs.traffic;

import java.time.Instant;

/** One request as the dashboard lists it; every string is the log line's, untrusted. */
public record RequestRow(Instant time, String bucket, String operation, Integer status,
    String errorCode, String key, String url, Long bytesSent, Long totalTime, String clientIp,
    String requester, String userAgent, String referrer) {
}
