package dev.s3logs.sink.search.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s3logs.sink.search.Engine;
import org.junit.jupiter.api.Test;

class IndexTemplateTest {

  private static final Engine OPENSEARCH = new Engine(Engine.Flavor.OPENSEARCH, "2.19.6");
  private static final Engine SERVERLESS =
      new Engine(Engine.Flavor.OPENSEARCH_SERVERLESS, "unknown");
  private static final SetupOptions DEFAULTS = SetupOptions.defaults();

  @Test
  void dailyIndicesGetOneShardAndTheChosenReplicasAndRefresh() {
    JsonNode body = IndexTemplates.logs(DEFAULTS.withReplicas(0).withRefreshInterval("5s"),
        OPENSEARCH, null);
    assertThat(body.at("/index_patterns").toString()).isEqualTo("[\"s3-access-logs-*\"]");
    assertThat(body.has("data_stream")).isFalse();
    JsonNode index = body.at("/template/settings/index");
    assertThat(index.path("number_of_shards").asInt()).isEqualTo(1);
    assertThat(index.path("number_of_replicas").asInt()).isEqualTo(0);
    assertThat(index.path("refresh_interval").asText()).isEqualTo("5s");
    assertThat(index.has("lifecycle")).isFalse();
    assertThat(body.at("/template/mappings/dynamic").asBoolean(true)).isFalse();
  }

  @Test
  void theDeadLetterTemplateWinsItsIndexOverTheLogTemplate() {
    JsonNode logs = IndexTemplates.logs(DEFAULTS, OPENSEARCH, null);
    JsonNode failed = IndexTemplates.deadLetters(DEFAULTS, OPENSEARCH);
    assertThat(failed.at("/index_patterns").toString()).isEqualTo("[\"s3-access-logs-failed\"]");
    assertThat(failed.path("priority").asInt()).isGreaterThan(logs.path("priority").asInt());
    JsonNode fields = failed.at("/template/mappings/properties");
    assertThat(fields.at("/document/enabled").asBoolean(true)).isFalse();
    assertThat(fields.at("/raw_base64/type").asText()).isEqualTo("binary");
    assertThat(fields.at("/reason/fields/keyword/type").asText()).isEqualTo("keyword");
    assertThat(fields.at("/line_number/type").asText()).isEqualTo("long");
  }

  @Test
  void aDataStreamTemplateMatchesTheStreamByName() {
    JsonNode body = IndexTemplates.logs(DEFAULTS.withDataStream("logs-aws.s3access-default"),
        OPENSEARCH, null);
    assertThat(body.at("/index_patterns").toString())
        .isEqualTo("[\"logs-aws.s3access-default*\"]");
    assertThat(body.path("data_stream").isObject()).isTrue();
    assertThat(body.path("priority").asInt()).isGreaterThan(100); // Elasticsearch's logs-*-*
  }

  @Test
  void oneIndexGetsATemplateForExactlyItsNameThatOutranksDailyPatterns() {
    SetupOptions one = DEFAULTS.withIndex("weblogs");
    JsonNode logs = IndexTemplates.logs(one, OPENSEARCH, null);
    assertThat(logs.at("/index_patterns").toString()).isEqualTo("[\"weblogs\"]");
    assertThat(logs.has("data_stream")).isFalse();
    assertThat(logs.path("priority").asInt()).isEqualTo(205);
    assertThat(logs.at("/template/mappings/properties/client/properties/ip/type").asText())
        .isEqualTo("ip");
    JsonNode failed = IndexTemplates.deadLetters(one, OPENSEARCH);
    assertThat(failed.at("/index_patterns").toString()).isEqualTo("[\"weblogs-failed\"]");
    assertThat(failed.path("priority").asInt()).isEqualTo(210);
  }

  @Test
  void anIlmPolicyIsNamedInTheSettingsOnlyWhenGiven() {
    JsonNode body = IndexTemplates.logs(DEFAULTS, OPENSEARCH, "s3-access-logs-retention");
    assertThat(body.at("/template/settings/index/lifecycle/name").asText())
        .isEqualTo("s3-access-logs-retention");
  }

  @Test
  void serverlessGetsMappingsButNoSettings() {
    JsonNode body = IndexTemplates.logs(DEFAULTS, SERVERLESS, null);
    assertThat(body.path("template").has("settings")).isFalse();
    assertThat(body.at("/template/mappings/properties/client/properties/ip/type").asText())
        .isEqualTo("ip");
    assertThat(IndexTemplates.deadLetters(DEFAULTS, SERVERLESS).path("template").has("settings"))
        .isFalse();
  }

  @Test
  void fieldsThatMayHoldInvalidAddressesAreKeywords() {
    JsonNode fields = Mappings.logs().path("properties");
    assertThat(fields.at("/client/properties/ip/type").asText()).isEqualTo("ip");
    assertThat(fields.at("/client/properties/address/type").asText()).isEqualTo("keyword");
    // the writer fills it only with valid addresses, so it can be the ip field's alias
    assertThat(fields.at("/aws/properties/s3access/properties/remote_ip").toString())
        .isEqualTo("{\"type\":\"alias\",\"path\":\"client.ip\"}");
  }

  @Test
  void longSearchedValuesHaveATextFieldAndAKeywordThatFitsLucene() {
    JsonNode s3 = Mappings.logs().at("/properties/aws/properties/s3access/properties");
    JsonNode fields = Mappings.logs().path("properties");
    for (JsonNode field : new JsonNode[] {fields.at("/url/properties/original"),
        fields.at("/url/properties/path"), fields.at("/user_agent/properties/original"),
        fields.at("/http/properties/request/properties/referrer"), s3.path("key")}) {
      assertThat(field.path("type").asText()).isEqualTo("keyword");
      assertThat(field.at("/fields/text/type").asText()).isEqualTo("text");
      assertThat(field.at("/fields/text/norms").asBoolean(true)).as("no ranking by length")
          .isFalse();
      // 4 bytes per character at most: the keyword must stay under Lucene's 32766-byte term
      assertThat(field.path("ignore_above").asInt() * 4).isLessThanOrEqualTo(32766);
    }
  }

  /** Types a minimal Elasticsearch 8 or OpenSearch 2 build refuses (harness findings). */
  @Test
  void onlyTypesBothEnginesAccept() {
    String all = IndexTemplates.logs(DEFAULTS, OPENSEARCH, null).toString()
        + IndexTemplates.deadLetters(DEFAULTS, OPENSEARCH);
    for (String type : new String[] {"match_only_text", "wildcard", "constant_keyword",
        "flattened", "flat_object", "scaled_float"}) {
      assertThat(all).doesNotContain("\"type\":\"" + type + "\"");
    }
  }
}
