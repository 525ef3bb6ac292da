package dev.s3logs.record;

/**
 * A parsed line together with its document id, which is what every sink stores.
 *
 * @param id the deterministic id of the raw line, see {@code dev.s3logs.document.DocumentId}
 */
public record LogEvent(String id, AccessLogRecord record) {
}
