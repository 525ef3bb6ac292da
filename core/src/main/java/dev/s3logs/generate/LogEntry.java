package dev.s3logs.generate;

/**
 * The fields of one line before formatting. A single instance is refilled for every line so the
 * hot path allocates little.
 *
 * <p>Absent values: {@code null} text prints as {@code -} (for the quoted fields a bare {@code -},
 * while the text {@code "-"} prints quoted, as S3 does both); {@link #ABSENT} numbers print as
 * {@code -}. A {@code null} request or host id asks the formatter for a fresh random one.
 */
final class LogEntry {

  static final long ABSENT = -1;
  static final String DASH = "-";

  long time;
  String remoteIp;
  String requester;
  String requestId;
  String operation;
  String key;
  String requestUri;
  int status;
  String errorCode;
  long bytesSent;
  long objectSize;
  long totalTime;
  long turnAroundTime;
  String referer;
  String userAgent;
  String versionId;
  String hostId;
  String signatureVersion;
  String cipherSuite;
  String authType;
  String hostHeader;
  String tlsVersion;
  String accessPointArn;
  String aclRequired;
  String sourceRegion;

  /** Clears everything but the time, which belongs to the line slot rather than the request. */
  void reset() {
    remoteIp = null;
    requester = null;
    requestId = null;
    operation = null;
    key = null;
    requestUri = null;
    status = 0;
    errorCode = null;
    bytesSent = ABSENT;
    objectSize = ABSENT;
    totalTime = ABSENT;
    turnAroundTime = ABSENT;
    referer = DASH;
    userAgent = DASH;
    versionId = null;
    hostId = null;
    clearTransport();
    accessPointArn = null;
    aclRequired = null;
    sourceRegion = null;
  }

  /** Website endpoint and internal requests carry no signature or TLS details. */
  void clearTransport() {
    signatureVersion = null;
    cipherSuite = null;
    authType = null;
    hostHeader = null;
    tlsVersion = null;
  }

  /** A signed or anonymous HTTPS request to a REST endpoint; newer clients negotiate TLS 1.3. */
  void https(String signature, String authentication, String host, boolean tls13) {
    signatureVersion = signature;
    authType = authentication;
    hostHeader = host;
    cipherSuite = tls13 ? "TLS_AES_128_GCM_SHA256" : "ECDHE-RSA-AES128-GCM-SHA256";
    tlsVersion = tls13 ? "TLSv1.3" : "TLSv1.2";
  }

  /** Website endpoints speak plain HTTP and never see a signature. */
  void website(String host) {
    clearTransport();
    hostHeader = host;
  }

  void status(int code, String error) {
    status = code;
    errorCode = error;
  }

  void timing(long total, long turnAround) {
    totalTime = total;
    turnAroundTime = turnAround;
  }
}
