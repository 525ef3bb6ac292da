package dev.s3logs.sink.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.s3logs.sink.http.EngineUnreachableException;
import dev.s3logs.sink.http.HttpTransport;
import dev.s3logs.sink.http.RequestAuth;
import dev.s3logs.sink.http.TlsSettings;
import dev.s3logs.testing.LoopbackProxy;
import dev.s3logs.testing.SearchEngine;
import dev.s3logs.testing.SearchEngines;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EngineDetectionIT {

  @ParameterizedTest
  @MethodSource("dev.s3logs.testing.SearchEngines#all")
  void tellsTheEnginesApartWithTheirVersions(SearchEngine server) {
    Engine engine = EngineDetection.detect(transport(server.baseUri()));
    assertThat(engine.flavor()).isEqualTo(
        server.isOpenSearch() ? Engine.Flavor.OPENSEARCH : Engine.Flavor.ELASTICSEARCH);
    assertThat(engine.version()).isEqualTo(server.version());
  }

  @Test
  void refusedCredentialsAreNamedAsSuch() {
    try (LoopbackProxy proxy = LoopbackProxy.in(SearchEngines.opensearch().baseUri(),
        request -> Optional.of(LoopbackProxy.Answer.json(401, "{}")))) {
      assertThatThrownBy(() -> EngineDetection.detect(transport(proxy.uri())))
          .isInstanceOf(EngineDetectionException.class)
          .hasMessageContaining("refused the credentials (HTTP 401)");
    }
  }

  @Test
  void aServerThatAnswersNeitherQuestionAsksForTheEngineByName() {
    try (LoopbackProxy proxy = LoopbackProxy.in(SearchEngines.opensearch().baseUri(),
        request -> Optional.of(LoopbackProxy.Answer.json(404, "{}")))) {
      assertThatThrownBy(() -> EngineDetection.detect(transport(proxy.uri())))
          .hasMessageContaining("GET / gave HTTP 404")
          .hasMessageContaining("--engine");
    }
  }

  @Test
  void nothingListeningIsUnreachableNotACrash() {
    LoopbackProxy closed = LoopbackProxy.in(SearchEngines.opensearch().baseUri(),
        LoopbackProxy.Interceptor.FORWARD_ALL);
    URI gone = closed.uri();
    closed.close();
    assertThatThrownBy(() -> EngineDetection.detect(transport(gone)))
        .isInstanceOf(EngineUnreachableException.class)
        .hasMessageContaining("connection refused");
  }

  private static HttpTransport transport(URI uri) {
    return new HttpTransport(uri, RequestAuth.NONE, TlsSettings.DEFAULT, false,
        Duration.ofSeconds(30));
  }
}
