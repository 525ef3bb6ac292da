package dev.s3logs.pipeline;

import dev.s3logs.record.ParseFailure;
import java.util.List;

/** A chunk turned into NDJSON documents, with its failures and counts. */
public record NdjsonChunk(byte[] documents, int records, List<ParseFailure> failures) {
}
