package dev.s3logs.sink.search.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3logs.pipeline.ChunkToNdjson;
import dev.s3logs.pipeline.LineChunk;
import dev.s3logs.pipeline.ObjectProgress;
import dev.s3logs.source.Acknowledgement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The documents s3logs writes for log lines (the public samples), as the pipeline writes them. */
final class CorpusDocuments {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CorpusDocuments() {
  }

  static List<JsonNode> all() {
    return of(read());
  }

  /** The documents of {@code lines}, which must fit one chunk. */
  static List<JsonNode> of(byte[] lines) {
    LineChunk chunk = new LineChunk();
    if (!chunk.add(object("lines"), lines, 0, lines.length, 1)) {
      throw new IllegalStateException("the lines no longer fit one chunk");
    }
    byte[] ndjson = new ChunkToNdjson().apply(chunk).documents();
    List<JsonNode> documents = new ArrayList<>();
    for (String line : new String(ndjson, StandardCharsets.UTF_8).lines().toList()) {
      try {
        documents.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new UncheckedIOException("the writer produced invalid JSON: " + line, e);
      }
    }
    return documents;
  }

  private static byte[] read() {
    try (InputStream in = CorpusDocuments.class.getResourceAsStream("/corpus/public-samples.log")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectProgress object(String name) {
    return new ObjectProgress(name, Acknowledgement.NONE);
  }
}
