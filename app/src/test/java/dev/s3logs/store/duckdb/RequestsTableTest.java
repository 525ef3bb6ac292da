package dev.s3logs.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3logs.document.DocumentFields;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The requests table follows the field definitions: one column per field, named and typed. */
class RequestsTableTest {

  @Test
  void everyFieldHasAColumnOfItsOwnAfterTheIdThenTheBotFlag() {
    Map<String, String> columns = RequestsTable.columns();
    assertThat(columns).hasSize(DocumentFields.ALL.size() + 2);
    assertThat(columns.keySet()).startsWith("id", "timestamp", "event_id")
        .endsWith(RequestsTable.BOT);
    assertThat(columns).containsEntry(RequestsTable.BOT, "BOOLEAN");
  }

  @Test
  void columnsAreNamedByPathAndTypedByValue() {
    assertThat(RequestsTable.columns()).containsEntry("id", "VARCHAR")
        .containsEntry("timestamp", "TIMESTAMP")
        .containsEntry("client_ip", "VARCHAR")
        .containsEntry("http_response_status_code", "INTEGER")
        .containsEntry("http_response_body_bytes", "BIGINT")
        .containsEntry("aws_s3access_bucket", "VARCHAR")
        .containsEntry("url_original", "VARCHAR")
        .containsEntry("event_category", "VARCHAR[]")
        .containsEntry("tags", "VARCHAR[]");
  }

  @Test
  void deadLettersHaveTheFailureRecordsFields() {
    assertThat(DeadLettersTable.columns().keySet()).containsExactly("timestamp", "stage",
        "reason", "error_type", "status", "source", "line_number", "raw_line", "index", "id",
        "document");
  }
}
