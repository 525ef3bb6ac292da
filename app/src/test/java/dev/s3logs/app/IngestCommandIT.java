package dev.s3logs.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3logs.testing.LoopbackProxy;
import dev.s3logs.testing.SearchEngine;
import dev.s3logs.testing.SearchEngines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IngestCommandIT {

  private static final String CORPUS = "target/test-classes/public-samples.log";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @ParameterizedTest
  @MethodSource("dev.s3logs.testing.SearchEngines#all")
  void ingestsTheCorpusOnceWhateverTheRunsAndKeepsTheUnparseableLine(SearchEngine engine) {
    String prefix = "cli-" + engine.name();
    CommandRun first = ingest(engine, "--index", prefix + "-{yyyy.MM.dd}");
    assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.LINES_FAILED);
    assertThat(first.err()).contains("installing them", "index template " + prefix + ": created");
    assertThat(first.err()).contains("80 lines from 1 input into " + engineLabel(engine),
        "79 stored", "1 failed to parse", "0 refused",
        "1 failed lines are kept in index " + prefix + "-failed");
    long stored = engine.rest().count(prefix + "-2*");
    assertThat(stored).isEqualTo(newDocuments(first.err())).isPositive();
    assertThat(engine.rest().count(prefix + "-failed")).isEqualTo(1);

    CommandRun second = ingest(engine, "--index", prefix + "-{yyyy.MM.dd}");
    assertThat(second.err()).contains("79 stored (0 new, 79 already there)")
        .doesNotContain("installing");
    assertThat(engine.rest().count(prefix + "-2*")).isEqualTo(stored);
    assertThat(engine.rest().count(prefix + "-failed")).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("dev.s3logs.testing.SearchEngines#all")
  void aPlainIndexNameTakesEveryDocumentUnderItsOwnTemplate(SearchEngine engine)
      throws Exception {
    String index = "cli-plain-" + engine.name();
    CommandRun run = ingest(engine, "--index", index);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.LINES_FAILED);
    assertThat(run.err()).contains("index template " + index + ": created",
        "index template " + index + "-failed: created", "79 stored", "1 failed to parse",
        "1 failed lines are kept in index " + index + "-failed");
    assertThat(engine.rest().count(index)).isEqualTo(79);
    assertThat(engine.rest().count(index + "-failed")).isEqualTo(1);
    JsonNode template = JSON.readTree(engine.rest().get("/_index_template/" + index).body())
        .at("/index_templates/0/index_template");
    assertThat(template.path("index_patterns").toString()).isEqualTo("[\"" + index + "\"]");
    JsonNode mapping = JSON.readTree(engine.rest().get("/" + index + "/_mapping").body())
        .path(index).path("mappings");
    // dynamic mapping would have made both text: these types come from the template
    assertThat(mapping.path("dynamic").asText()).isEqualTo("false");
    assertThat(mapping.at("/properties/client/properties/ip/type").asText()).isEqualTo("ip");
    assertThat(mapping.at("/properties/aws/properties/s3access/properties/remote_ip/type")
        .asText()).isEqualTo("alias");
  }

  @ParameterizedTest
  @MethodSource("dev.s3logs.testing.SearchEngines#all")
  void gzipCompressesEveryBulkRequestAndOnlyWithTheFlag(SearchEngine engine) throws Exception {
    String prefix = "cli-gzip-" + engine.name();
    List<LoopbackProxy.Received> bulks = new CopyOnWriteArrayList<>();
    try (LoopbackProxy proxy = LoopbackProxy.in(engine.baseUri(), request -> {
      if (request.pathAndQuery().startsWith("/_bulk")) {
        bulks.add(request);
      }
      return Optional.empty();
    })) {
      CommandRun zipped = CommandRun.run("ingest", CORPUS, "--to", proxy.uri().toString(),
          "--index", prefix + "-{yyyy.MM.dd}", "--gzip",
          "--dead-letter", dir.resolve("dead.ndjson").toString());
      assertThat(zipped.err()).as(zipped.err()).contains("79 stored (79 new", "0 refused");
      assertThat(bulks).isNotEmpty().allSatisfy(request -> {
        assertThat(request.header("Content-Encoding")).contains("gzip");
        assertThat(gunzip(request.body())).startsWith("{\"index\":{\"_index\":\"" + prefix);
      });
      bulks.clear();
      CommandRun plain = CommandRun.run("ingest", CORPUS, "--to", proxy.uri().toString(),
          "--index", prefix + "-{yyyy.MM.dd}",
          "--dead-letter", dir.resolve("dead.ndjson").toString());
      assertThat(plain.err()).as(plain.err()).contains("79 stored (0 new, 79 already there)");
      assertThat(bulks).isNotEmpty().allSatisfy(request -> {
        assertThat(request.header("Content-Encoding")).isEmpty();
        assertThat(new String(request.body(), StandardCharsets.UTF_8))
            .startsWith("{\"index\":{\"_index\":\"" + prefix);
      });
    }
    assertThat(engine.rest().count(prefix + "-*")).isEqualTo(79);
  }

  private static String gunzip(byte[] body) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void withoutIdsARepeatedLineIsSentOnceAndTheUserIsTold() throws Exception {
    SearchEngine engine = SearchEngines.opensearch();
    Path twice = dir.resolve("twice.log");
    byte[] corpus = Files.readAllBytes(Path.of(CORPUS));
    Files.write(twice, corpus);
    Files.write(twice, corpus, java.nio.file.StandardOpenOption.APPEND);
    CommandRun run = CommandRun.run("ingest", twice.toString(), "--to",
        engine.baseUri().toString(), "--ids", "off", "--index", "cli-noids-{yyyy.MM.dd}",
        "--dead-letter", dir.resolve("dead.ndjson").toString());
    assertThat(run.err()).contains("sending no document ids", "79 stored (79 new",
        "79 repeated lines were not sent again");
    assertThat(engine.rest().count("cli-noids-*")).isEqualTo(79);
  }

  @ParameterizedTest
  @MethodSource("dev.s3logs.testing.SearchEngines#all")
  void aDataStreamTakesEachLineOnceAcrossRuns(SearchEngine engine) {
    String stream = "cli-stream-" + engine.name();
    CommandRun first = ingest(engine, "--data-stream", stream);
    assertThat(first.err()).as(first.err()).contains("79 stored (79 new, 0 already there)");
    // data streams take only create actions: a repeat is a 409, counted as already there
    CommandRun second = ingest(engine, "--data-stream", stream);
    assertThat(second.err()).as(second.err()).contains("79 stored (0 new, 79 already there)");
    assertThat(engine.rest().count(stream)).isEqualTo(79);
    assertThat(engine.rest().get("/_data_stream/" + stream).body()).contains(stream);
  }

  @Test
  void anApiKeyComesFromTheEnvironment() {
    String key = System.getenv("HOME"); // stands in: tests cannot set environment variables
    try (LoopbackProxy proxy = LoopbackProxy.in(SearchEngines.opensearch().baseUri(),
        request -> request.header("Authorization").filter(("ApiKey " + key)::equals).isPresent()
            ? java.util.Optional.empty()
            : java.util.Optional.of(LoopbackProxy.Answer.json(401, "{}")))) {
      CommandRun run = CommandRun.run("ingest", CORPUS, "--to", proxy.uri().toString(),
          "--auth", "apikey", "--api-key-env", "HOME", "--index", "cli-apikey-{yyyy.MM.dd}",
          "--dead-letter", dir.resolve("dead.ndjson").toString());
      assertThat(run.err()).as(run.err()).contains("79 stored");
    }
  }

  @Test
  void deadLettersCanGoToAFile() throws Exception {
    Path file = dir.resolve("dead.ndjson");
    CommandRun run = ingest(SearchEngines.opensearch(), "--index", "cli-file-{yyyy.MM.dd}",
        "--dead-letter", file.toString());
    assertThat(run.err()).contains("1 failed lines are kept in " + file);
    assertThat(Files.readString(file)).contains("\"stage\":\"parse\"", "\"line_number\":58");
  }

  @Test
  void anEngineThatIsNotThereIsOneLineAndExitCodeFour() {
    LoopbackProxy closed = LoopbackProxy.in(SearchEngines.opensearch().baseUri(),
        LoopbackProxy.Interceptor.FORWARD_ALL);
    String url = closed.uri().toString();
    closed.close();
    CommandRun run = CommandRun.run("ingest", CORPUS, "--to", url);
    assertThat(run.exitCode()).isEqualTo(ExitCodes.ENGINE);
    assertThat(run.err().strip()).startsWith("s3logs ingest: cannot reach " + url)
        .contains("connection refused").doesNotContain("Exception");
  }

  @Test
  void anEngineLostMidRunIsExitCodeFourAndTheSummarySaysWhatWasNotStored() {
    // the engine answers GET / and the templates, then every _bulk fails as a dying cluster's
    try (LoopbackProxy proxy = LoopbackProxy.in(SearchEngines.opensearch().baseUri(),
        request -> request.pathAndQuery().startsWith("/_bulk")
            ? Optional.of(LoopbackProxy.Answer.json(503, "{\"error\":\"unavailable\"}"))
            : Optional.empty())) {
      CommandRun run = CommandRun.run("ingest", CORPUS, "--to", proxy.uri().toString(),
          "--index", "cli-lost-{yyyy.MM.dd}", "--max-attempts", "2",
          "--dead-letter", dir.resolve("dead.ndjson").toString());
      assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.ENGINE);
      assertThat(run.err()).contains("80 lines from 1 input", ": 0 stored (0 new",
          "79 documents had to be sent again (engine busy or unavailable)",
          "79 documents were NOT stored (1 of 1 inputs incomplete): run again once the engine"
              + " is back");
    }
  }

  @Test
  void aBadIndexPatternIsAUsageErrorBeforeAnythingIsSent() {
    CommandRun run = ingest(SearchEngines.opensearch(), "--index", "Logs-{yyyy.MM.dd}");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("is not a valid index name");
  }

  @Test
  void refusedCredentialsStopTheRunWithExitCodeFour() {
    try (LoopbackProxy proxy = LoopbackProxy.in(SearchEngines.opensearch().baseUri(),
        request -> request.pathAndQuery().startsWith("/_bulk")
            ? java.util.Optional.of(LoopbackProxy.Answer.json(403, "{\"error\":\"forbidden\"}"))
            : java.util.Optional.empty())) {
      CommandRun run = CommandRun.run("ingest", CORPUS, "--to", proxy.uri().toString(),
          "--index", "cli-forbidden-{yyyy.MM.dd}", "--dead-letter", dir.resolve("d").toString());
      assertThat(run.exitCode()).isEqualTo(ExitCodes.ENGINE);
      assertThat(run.err()).contains("refused the credentials (HTTP 403");
    }
  }

  private static CommandRun ingest(SearchEngine engine, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "ingest";
    args[1] = CORPUS;
    args[2] = "--to";
    args[3] = engine.baseUri().toString();
    System.arraycopy(more, 0, args, 4, more.length);
    return CommandRun.run(args);
  }

  private static String engineLabel(SearchEngine engine) {
    return (engine.isOpenSearch() ? "OpenSearch " : "Elasticsearch ") + engine.version();
  }

  private static long newDocuments(String err) {
    Matcher m = Pattern.compile("\\((\\d+) new").matcher(err);
    assertThat(m.find()).as(err).isTrue();
    return Long.parseLong(m.group(1));
  }

}
