package dev.s3logs.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A range reads the same in the saved objects (KQL) as in the engine query the IT runs. */
class FieldRangeTest {

  @Test
  void oneValueIsAnEqualityAndMoreAHalfOpenRange() {
    FieldRange notFound = new FieldRange("404", "http.response.status_code", 404, 405);
    FieldRange clientErrors = new FieldRange("4xx", "http.response.status_code", 400, 500);
    assertThat(notFound.kql()).isEqualTo("http.response.status_code : 404");
    assertThat(clientErrors.kql())
        .isEqualTo("http.response.status_code >= 400 and http.response.status_code < 500");
    assertThat(clientErrors.engineQuery())
        .isEqualTo("{\"range\":{\"http.response.status_code\":{\"gte\":400,\"lt\":500}}}");
  }

  @Test
  void anEmptyRangeIsRefused() {
    assertThatThrownBy(() -> new FieldRange("none", "f", 5, 5))
        .hasMessage("empty range f [5, 5)");
  }
}
