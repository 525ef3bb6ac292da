package dev.s3logs.parse;

/**
 * The text fields of a log line, in the order AWS documents them. The five numbers and the time
 * are typed values of {@link LineFields} instead.
 */
public enum Field {
  BUCKET_OWNER,
  BUCKET,
  /** The remote IP field as logged, even when it is not an address. */
  REMOTE_ADDRESS,
  REQUESTER,
  REQUEST_ID,
  OPERATION,
  KEY,
  /** The request line inside the quotes, e.g. {@code GET /key?x HTTP/1.1}. */
  REQUEST_URI,
  ERROR_CODE,
  REFERRER,
  USER_AGENT,
  VERSION_ID,
  HOST_ID,
  SIGNATURE_VERSION,
  CIPHER_SUITE,
  AUTHENTICATION_TYPE,
  HOST_HEADER,
  TLS_VERSION,
  ACCESS_POINT_ARN,
  ACL_REQUIRED,
  SOURCE_REGION
}
