package dev.s3logs.parse;

import dev.s3logs.record.AccessLogRecord;
import java.time.Instant;

/** The parser's scratch space: fields are filled in log order, then frozen into a record. */
final class RecordFields {

  String bucketOwner;
  String bucket;
  Instant time;
  String remoteAddress;
  String remoteIp;
  String requester;
  String requestId;
  String operation;
  String key;
  String requestUri;
  int httpStatus;
  String errorCode;
  long bytesSent;
  long objectSize;
  long totalTime;
  long turnAroundTime;
  String referrer;
  String userAgent;
  String versionId;
  String hostId;
  String signatureVersion;
  String cipherSuite;
  String authenticationType;
  String hostHeader;
  String tlsVersion;
  String accessPointArn;
  String aclRequired;
  String sourceRegion;

  /** Clears the fields that older log formats do not have. */
  void clearTrailing() {
    versionId = hostId = signatureVersion = cipherSuite = authenticationType = null;
    hostHeader = tlsVersion = accessPointArn = aclRequired = sourceRegion = null;
  }

  AccessLogRecord toRecord() {
    return new AccessLogRecord(bucketOwner, bucket, time, remoteAddress, remoteIp, requester,
        requestId, operation, key, requestUri, httpStatus, errorCode, bytesSent, objectSize,
        totalTime, turnAroundTime, referrer, userAgent, versionId, hostId, signatureVersion,
        cipherSuite, authenticationType, hostHeader, tlsVersion, accessPointArn, aclRequired,
        sourceRegion);
  }
}
