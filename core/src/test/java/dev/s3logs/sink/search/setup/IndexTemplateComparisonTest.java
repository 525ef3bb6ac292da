package dev.s3logs.sink.search.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A re-run must see its own template as unchanged in what the engines give back. The stored
 * forms below are what OpenSearch 2.19 and Elasticsearch 8.19 answered to GET _index_template.
 */
class IndexTemplateComparisonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String SENT = """
      {"index_patterns":["a-*"],"priority":200,"_meta":{"managed_by":"s3logs"},"data_stream":{},
       "template":{"settings":{"index":{"number_of_shards":1,"number_of_replicas":0,
        "refresh_interval":"30s","lifecycle":{"name":"p"}}},
        "mappings":{"dynamic":false,"properties":{"u":{"type":"keyword","ignore_above":8191,
         "fields":{"text":{"type":"text"}}}}}}}""";
  private static final String OPENSEARCH = """
      {"index_patterns":["a-*"],"template":{"settings":{"index":{"lifecycle":{"name":"p"},
        "refresh_interval":"30s","number_of_shards":"1","number_of_replicas":"0"}},
        "mappings":{"dynamic":false,"properties":{"u":{"ignore_above":8191,"type":"keyword",
         "fields":{"text":{"type":"text"}}}}}},"composed_of":[],"priority":200,
       "_meta":{"managed_by":"s3logs"},"data_stream":{"timestamp_field":{"name":"@timestamp"}}}""";
  private static final String ELASTICSEARCH = OPENSEARCH.replace(
      "{\"timestamp_field\":{\"name\":\"@timestamp\"}}",
      "{\"hidden\":false,\"allow_custom_routing\":false}");

  @Test
  void bothEnginesStoredFormsEqualWhatWasSent() throws IOException {
    JsonNode sent = TemplateInstaller.canonical(JSON.readTree(SENT));
    assertThat(TemplateInstaller.canonical(JSON.readTree(OPENSEARCH))).isEqualTo(sent);
    assertThat(TemplateInstaller.canonical(JSON.readTree(ELASTICSEARCH))).isEqualTo(sent);
  }

  @Test
  void anyChangeInSettingsMappingsOrModeIsADifference() throws IOException {
    JsonNode sent = TemplateInstaller.canonical(JSON.readTree(SENT));
    for (String changed : new String[] {
        OPENSEARCH.replace("\"number_of_replicas\":\"0\"", "\"number_of_replicas\":\"1\""),
        OPENSEARCH.replace("\"ignore_above\":8191,", ""),
        OPENSEARCH.replace(",\"data_stream\":{\"timestamp_field\":{\"name\":\"@timestamp\"}}", ""),
        OPENSEARCH.replace("\"lifecycle\":{\"name\":\"p\"},", ""),
        OPENSEARCH.replace("\"composed_of\":[]", "\"composed_of\":[\"mine\"]")}) {
      assertThat(changed).isNotEqualTo(OPENSEARCH);
      assertThat(TemplateInstaller.canonical(JSON.readTree(changed))).isNotEqualTo(sent);
    }
  }
}
