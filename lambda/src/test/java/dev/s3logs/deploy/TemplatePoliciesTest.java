package dev.s3logs.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3logs.deploy.PolicyStatements.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Least privilege in deploy/template.yaml: every IAM statement is narrowed to what the template
 * names, the function's role grants what s3logs does and no more, and the queue and the
 * Serverless collection each have the policy that lets only their one client in.
 */
class TemplatePoliciesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ROLE = "Resources.FunctionRole.";

  private final Template template = Template.read(DeployFiles.template());

  @Test
  void noAllowStatementIsWiderThanWhatTheTemplateNames() {
    // trust, bucket, queue, own log, domain, collection; the queue policy's two senders and TLS
    assertThat(PolicyStatements.of(template)).hasSize(9);
    assertThat(PolicyStatements.problems(template)).isEmpty();
  }

  @Test
  void theFunctionRunsAsTheRoleOfThisTemplate() {
    JsonNode function = template.resource("Function").path("Properties");
    assertThat(Intrinsics.render(function.path("Role"))).isEqualTo("<FunctionRole.Arn>");
    assertThat(template.resource("FunctionRole").path("Type").asText())
        .isEqualTo("AWS::IAM::Role");
    // SAM would ignore these beside Role, silently
    assertThat(function.has("Policies")).isFalse();
  }

  @Test
  void theRoleReadsOnlyTheLogPrefix() {
    List<Statement> reads = roleStatements().filter(s -> s.actions().stream()
        .anyMatch(action -> action.startsWith("s3:"))).toList();
    assertThat(reads).singleElement().satisfies(read -> {
      assertThat(read.actions()).containsExactly("s3:GetObject");
      assertThat(read.resources())
          .containsExactly("arn:<AWS::Partition>:s3:::<LogBucketName>/<LogKeyPrefix>*");
    });
  }

  @Test
  void theRoleConsumesOnlyItsQueueAndWritesOnlyItsLog() {
    assertThat(statementWith("sqs:ReceiveMessage").actions()).containsExactlyInAnyOrder(
        "sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes",
        "sqs:SendMessage", "sqs:GetQueueUrl");
    assertThat(statementWith("sqs:ReceiveMessage").resources()).containsExactly("<Queue.Arn>");
    assertThat(statementWith("logs:PutLogEvents").resources())
        .containsExactly("<FunctionLogGroup.Arn>");
  }

  @Test
  void theDomainAllowsExactlyTheHttpMethodsTheSinkSends() throws IOException {
    Statement domain = statementWith("es:ESHttpPost");
    assertThat(domain.at()).contains(".Fn::If[1]");
    assertThat(conditionOfPolicyWith("es:ESHttpPost")).isEqualTo("ToDomain");
    Set<String> actions = new TreeSet<>();
    for (String method : httpMethodsOfTheSink()) {
      actions.add("es:ESHttp" + method.charAt(0) + method.substring(1).toLowerCase());
    }
    assertThat(actions).containsExactlyInAnyOrder("es:ESHttpGet", "es:ESHttpPut",
        "es:ESHttpPost");
    assertThat(domain.actions()).containsExactlyInAnyOrderElementsOf(actions);
    assertThat(domain.resources()).containsExactly("<DomainArn>/*");
  }

  @Test
  void theCollectionAllowsApiAccessAndItsDataPolicyNamesTheRole() throws IOException {
    Statement api = statementWith("aoss:APIAccessAll");
    assertThat(conditionOfPolicyWith("aoss:APIAccessAll")).isEqualTo("ToCollection");
    assertThat(api.resources()).containsExactly("<CollectionArn>");
    JsonNode access = template.resource("CollectionAccessPolicy");
    assertThat(access.path("Type").asText()).isEqualTo("AWS::OpenSearchServerless::AccessPolicy");
    assertThat(access.path("Condition").asText()).isEqualTo("ToCollection");
    assertThat(access.path("Properties").path("Type").asText()).isEqualTo("data");
    JsonNode policy = JSON.readTree(Intrinsics.render(access.path("Properties").path("Policy")));
    assertThat(policy).hasSize(1);
    assertThat(policy.path(0).path("Principal").toString()).isEqualTo("[\"<FunctionRole.Arn>\"]");
    JsonNode rules = policy.path(0).path("Rules");
    assertThat(rules.findValuesAsText("ResourceType")).containsExactly("collection", "index");
    assertThat(rules.path(0).path("Resource").toString())
        .isEqualTo("[\"collection/<CollectionName>\"]");
    assertThat(rules.path(1).path("Resource").toString())
        .isEqualTo("[\"index/<CollectionName>/*\"]");
    List<String> permissions = rules.findValues("Permission").stream()
        .flatMap(list -> Stream.of(list.toString().replaceAll("[\\[\\]\"]", "").split(",")))
        .toList();
    assertThat(permissions).contains("aoss:UpdateCollectionItems", "aoss:CreateIndex",
        "aoss:WriteDocument").noneMatch(permission -> permission.contains("*")
        || permission.contains("Delete") || permission.contains("Read"));
  }

  @Test
  void onlyTheRuleOrOnlyTheBucketMaySendToTheQueue() {
    JsonNode policy = template.resource("QueuePolicy").path("Properties");
    assertThat(policy.path("Queues").toString()).isEqualTo("[{\"Ref\":\"Queue\"}]");
    JsonNode senders = policy.path("PolicyDocument").path("Statement").path(0).path("Fn::If");
    assertThat(senders.path(0).asText()).isEqualTo("ViaEventBridge");
    JsonNode rule = senders.path(1);
    assertThat(rule.path("Principal").path("Service").asText()).isEqualTo("events.amazonaws.com");
    assertThat(rule.path("Action").asText()).isEqualTo("sqs:SendMessage");
    assertThat(Intrinsics.render(rule.path("Condition").path("ArnEquals").path("aws:SourceArn")))
        .isEqualTo("<ObjectCreatedRule.Arn>");
    JsonNode bucket = senders.path(2);
    assertThat(bucket.path("Principal").path("Service").asText()).isEqualTo("s3.amazonaws.com");
    assertThat(bucket.path("Action").asText()).isEqualTo("sqs:SendMessage");
    assertThat(Intrinsics.render(bucket.path("Condition").path("ArnEquals")
        .path("aws:SourceArn"))).isEqualTo("arn:<AWS::Partition>:s3:::<LogBucketName>");
    assertThat(Intrinsics.render(bucket.path("Condition").path("StringEquals")
        .path("aws:SourceAccount"))).isEqualTo("<AWS::AccountId>");
  }

  private Stream<Statement> roleStatements() {
    return PolicyStatements.of(template).stream()
        .filter(s -> s.at().startsWith(ROLE + "Properties.Policies"));
  }

  private Statement statementWith(String action) {
    return roleStatements().filter(s -> s.actions().contains(action)).findFirst().orElseThrow();
  }

  /** The condition of the Fn::If that holds the role's policy with this action. */
  private String conditionOfPolicyWith(String action) {
    for (JsonNode policy : template.resource("FunctionRole").path("Properties").path("Policies")) {
      if (policy.has("Fn::If") && policy.get("Fn::If").path(1).toString()
          .contains("\"" + action + "\"")) {
        return policy.get("Fn::If").path(0).asText();
      }
    }
    return "(not under a condition)";
  }

  /** The HTTP methods the core's sink and index setup send, read from their sources. */
  private static Set<String> httpMethodsOfTheSink() throws IOException {
    Pattern send = Pattern.compile("\\bsend(?:With)?\\(\"([A-Z]+)\"");
    Path sink = DeployFiles.root().resolve("core/src/main/java/dev/s3logs/sink");
    Set<String> methods = new TreeSet<>();
    try (Stream<Path> files = Files.walk(sink)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher method = send.matcher(Files.readString(file));
        while (method.find()) {
          methods.add(method.group(1));
        }
      }
    }
    return methods;
  }
}
