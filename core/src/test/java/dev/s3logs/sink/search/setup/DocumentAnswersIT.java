package dev.s3logs.sink.search.setup;

import static dev.s3logs.sink.search.setup.SetupCalls.assertNoErrors;
import static dev.s3logs.sink.search.setup.SetupCalls.deleteIndices;
import static dev.s3logs.sink.search.setup.SetupCalls.deleteTemplates;
import static dev.s3logs.sink.search.setup.SetupCalls.install;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.s3logs.generate.GeneratorOptions;
import dev.s3logs.generate.SyntheticLogGenerator;
import dev.s3logs.testing.EngineRest;
import dev.s3logs.testing.SearchEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The questions people ask of the logs get the same answers whatever the document shape and
 * mapping: for a known data set (the public samples of every era of the format, and generated
 * days), counts, terms, sums and ranges through the ECS names and through Elastic's
 * {@code aws.s3access.*} names, compared with the answers recorded from the documents and
 * template s3logs had before repeated values became aliases (commit 36225b0). {@code S3LOGS_RECORD_ANSWERS=1}
 * records them again into {@code src/test/resources/answers/}; do that only on purpose.
 */
class DocumentAnswersIT {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);
  private static final String INDEX = "answers-2026.11.02";

  @ParameterizedTest
  @MethodSource("dev.s3logs.testing.SearchEngines#all")
  void everyQuestionGetsTheAnswerItGotBefore(SearchEngine server) throws IOException {
    SetupOptions options = SetupOptions.defaults().withPrefix("answers").withReplicas(0);
    EngineRest rest = server.rest();
    try {
      install(server, options);
      List<JsonNode> documents = documents();
      index(rest, documents);
      assertThat(SetupCalls.count(rest, INDEX)).isEqualTo(documents.size());
      // read back, so that numbers compare by value and not by int/long node type
      JsonNode answers = JSON.readTree(DocumentQuestions.ask(rest, INDEX).toString());
      Path recorded = Path.of("src/test/resources/answers/" + server.name() + ".json");
      if ("1".equals(System.getenv("S3LOGS_RECORD_ANSWERS"))) {
        Files.createDirectories(recorded.getParent());
        JSON.writeValue(recorded.toFile(), answers);
      }
      JsonNode expected = JSON.readTree(recorded.toFile());
      assertThat(answers.size()).isGreaterThan(100);
      List<String> differences = new ArrayList<>();
      expected.fieldNames().forEachRemaining(question -> {
        if (!DocumentQuestions.GIVEN_UP.contains(question)
            && !comparable(expected.get(question)).equals(comparable(answers.get(question)))) {
          differences.add(question + ": expected " + expected.get(question) + " but got "
              + answers.get(question));
        }
      });
      assertThat(differences).isEmpty();
      assertThat(answers.size() + DocumentQuestions.GIVEN_UP.size()).isEqualTo(expected.size());
    } finally {
      deleteIndices(rest, Set.of(INDEX));
      deleteTemplates(server, options);
    }
  }

  /**
   * An answer as it can be compared: ten most frequent values with their counts, as a set, without
   * the values tied with the tenth. Which of tied values come first, and which of them make the
   * cut, is the engine's choice by the field's type (an ip field orders 4.227.156.171 before
   * 172.182.3.156, a keyword field after), not part of the answer.
   */
  private static JsonNode comparable(JsonNode answer) {
    if (answer == null || !answer.isArray() || answer.size() < 10) {
      return answer;
    }
    long last = answer.get(answer.size() - 1).get(1).asLong();
    List<String> kept = new ArrayList<>();
    answer.forEach(pair -> {
      if (pair.get(1).asLong() != last) {
        kept.add(pair.toString());
      }
    });
    kept.sort(null);
    return JSON.valueToTree(kept);
  }

  /** Every era of the format (the public samples) and three generated days. */
  static List<JsonNode> documents() throws IOException {
    List<JsonNode> documents = new ArrayList<>(CorpusDocuments.all());
    ByteArrayOutputStream generated = new ByteArrayOutputStream();
    new SyntheticLogGenerator(GeneratorOptions.defaults().withSeed(11).withLines(3_000))
        .writeTo(generated);
    documents.addAll(CorpusDocuments.of(generated.toByteArray()));
    return documents;
  }

  private static void index(EngineRest rest, List<JsonNode> documents) throws IOException {
    StringBuilder bulk = new StringBuilder();
    for (JsonNode document : documents) {
      bulk.append("{\"index\":{}}\n").append(document).append('\n');
    }
    assertNoErrors(rest.bulk("/" + INDEX + "/_bulk?refresh=true", bulk.toString()));
  }
}
