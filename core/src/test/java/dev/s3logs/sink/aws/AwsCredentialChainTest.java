package dev.s3logs.sink.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.s3logs.testing.LoopbackProxy;
import dev.s3logs.testing.LoopbackProxy.Answer;
import dev.s3logs.testing.LoopbackProxy.Received;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

class AwsCredentialChainTest {

  private static final AwsTarget TARGET = new AwsTarget("es", "eu-west-1");
  private static final String ROLE = "arn:aws:iam::123456789012:role/s3logs-ingest";
  private static final AwsCredentialsProvider BASE =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDBASE", "base-secret"));

  @Test
  void theDefaultChainFindsCredentialsInSystemProperties() {
    Map<String, String> saved = setProperties(Map.of("aws.accessKeyId", "AKIDFROMPROPS",
        "aws.secretAccessKey", "props-secret", "aws.sessionToken", "props-token"));
    try (AwsCredentialChain chain = AwsCredentialChain.open(TARGET, Optional.empty())) {
      AwsCredentials credentials = chain.resolveCredentials();
      assertThat(credentials.accessKeyId()).isEqualTo("AKIDFROMPROPS");
      assertThat(((AwsSessionCredentials) credentials).sessionToken()).isEqualTo("props-token");
      assertThat(chain.toString()).doesNotContain("props-secret");
    } finally {
      setProperties(saved);
    }
  }

  @Test
  void keysInTheEnvironmentAreReadFromThereAsTheDefaultChainWould() {
    Map<String, String> env = Map.of("AWS_ACCESS_KEY_ID", "AKIDENV",
        "AWS_SECRET_ACCESS_KEY", "env-secret");
    assertThat(AwsCredentialChain.base(env, null))
        .isInstanceOf(EnvironmentVariableCredentialsProvider.class);
    // A system property comes first in the default chain, and half a pair is not credentials.
    assertThat(AwsCredentialChain.base(env, "AKIDPROPS"))
        .isInstanceOf(DefaultCredentialsProvider.class);
    assertThat(AwsCredentialChain.base(Map.of("AWS_ACCESS_KEY_ID", "AKIDENV"), null))
        .isInstanceOf(DefaultCredentialsProvider.class);
    assertThat(AwsCredentialChain.base(Map.of(), null))
        .isInstanceOf(DefaultCredentialsProvider.class);
  }

  @Test
  void noCredentialsAnywhereIsOneLineSayingWhatToSet(@TempDir Path empty) {
    assumeTrue(Stream.of("AWS_ACCESS_KEY_ID", "AWS_PROFILE", "AWS_WEB_IDENTITY_TOKEN_FILE",
        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI",
        "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE").allMatch(v -> System.getenv(v) == null),
        "the environment holds AWS settings");
    Map<String, String> saved = setProperties(Map.of(
        "aws.sharedCredentialsFile", empty.resolve("credentials").toString(),
        "aws.configFile", empty.resolve("config").toString(),
        "aws.disableEc2Metadata", "true"));
    try {
      assertThatThrownBy(() -> AwsCredentialChain.open(TARGET, Optional.empty()))
          .isInstanceOf(AwsAuthException.class)
          .hasMessage("no AWS credentials found: set AWS_ACCESS_KEY_ID and"
              + " AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, or run with an instance or container role")
          .hasCauseInstanceOf(SdkClientException.class);
    } finally {
      setProperties(saved);
    }
  }

  @Test
  void assumesTheRoleThroughStsWithTheBaseCredentials() {
    List<Received> calls = new CopyOnWriteArrayList<>();
    try (LoopbackProxy sts = fakeSts(calls, List.of(assumed("ASIAROLE", Duration.ofHours(1))));
        AwsCredentialChain chain = AwsCredentialChain.open(BASE, TARGET, Optional.of(ROLE),
            Optional.of(sts.uri()))) {
      AwsSessionCredentials credentials = (AwsSessionCredentials) chain.resolveCredentials();
      assertThat(credentials.accessKeyId()).isEqualTo("ASIAROLE");
      assertThat(credentials.sessionToken()).isEqualTo("token-of-ASIAROLE");
      assertThat(calls).hasSize(1);
      assertThat(new String(calls.get(0).body(), StandardCharsets.UTF_8))
          .contains("Action=AssumeRole")
          .contains("RoleArn=" + URLEncoder.encode(ROLE, StandardCharsets.UTF_8))
          .contains("RoleSessionName=s3logs");
      assertThat(calls.get(0).header("Authorization").orElseThrow())
          .contains("Credential=AKIDBASE/").contains("/eu-west-1/sts/aws4_request");
    }
  }

  @Test
  void renewsRoleCredentialsBeforeTheyExpire() {
    List<Received> calls = new CopyOnWriteArrayList<>();
    try (LoopbackProxy sts = fakeSts(calls, List.of(assumed("ASIAFIRST", Duration.ofMinutes(2)),
        assumed("ASIASECOND", Duration.ofHours(1))));
        AwsCredentialChain chain = AwsCredentialChain.open(BASE, TARGET, Optional.of(ROLE),
            Optional.of(sts.uri()))) {
      assertThat(chain.resolveCredentials().accessKeyId()).isEqualTo("ASIASECOND");
      assertThat(chain.resolveCredentials().accessKeyId()).isEqualTo("ASIASECOND");
      assertThat(calls).hasSize(2);
    }
  }

  @Test
  void aRefusedRoleSaysWhatStsAnswered() {
    String denied = "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error>"
        + "<Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:iam::123456789012:"
        + "user/ci is not authorized to perform: sts:AssumeRole</Message></Error>"
        + "<RequestId>r-1</RequestId></ErrorResponse>";
    List<Received> calls = new CopyOnWriteArrayList<>();
    try (LoopbackProxy sts = fakeSts(calls, List.of(new Answer(403, "text/xml", utf8(denied))))) {
      assertThatThrownBy(() -> AwsCredentialChain.open(BASE, TARGET, Optional.of(ROLE),
          Optional.of(sts.uri())))
          .isInstanceOf(AwsAuthException.class)
          .hasMessageStartingWith("cannot assume the AWS role " + ROLE + ": User: ")
          .hasMessageContaining("is not authorized to perform: sts:AssumeRole")
          .hasMessageNotContaining("\n");
    }
  }

  @Test
  void withoutBaseCredentialsStsIsNeverAsked() {
    AwsCredentialsProvider none = () -> {
      throw SdkClientException.create("Unable to load credentials from any of the providers");
    };
    List<Received> calls = new CopyOnWriteArrayList<>();
    try (LoopbackProxy sts = fakeSts(calls, List.of())) {
      assertThatThrownBy(() -> AwsCredentialChain.open(none, TARGET, Optional.of(ROLE),
          Optional.of(sts.uri())))
          .isInstanceOf(AwsAuthException.class)
          .hasMessageStartingWith("no AWS credentials found: ");
      assertThat(calls).isEmpty();
    }
  }

  /** An STS endpoint on loopback that gives the answers in turn, the last one from then on. */
  private static LoopbackProxy fakeSts(List<Received> calls, List<Answer> answers) {
    return LoopbackProxy.in(URI.create("http://127.0.0.1:9"), request -> {
      calls.add(request);
      return Optional.of(answers.get(Math.min(calls.size(), answers.size()) - 1));
    });
  }

  private static Answer assumed(String keyId, Duration validFor) {
    return new Answer(200, "text/xml", utf8(
        "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
        + "<AssumeRoleResult><AssumedRoleUser>"
        + "<Arn>arn:aws:sts::123456789012:assumed-role/s3logs-ingest/s3logs</Arn>"
        + "<AssumedRoleId>AROAEXAMPLE:s3logs</AssumedRoleId></AssumedRoleUser>"
        + "<Credentials><AccessKeyId>" + keyId + "</AccessKeyId>"
        + "<SecretAccessKey>secret-of-" + keyId + "</SecretAccessKey>"
        + "<SessionToken>token-of-" + keyId + "</SessionToken>"
        + "<Expiration>" + Instant.now().plus(validFor) + "</Expiration></Credentials>"
        + "</AssumeRoleResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata>"
        + "</AssumeRoleResponse>"));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Sets (or with a null value clears) system properties; returns what they were. */
  private static Map<String, String> setProperties(Map<String, String> values) {
    Map<String, String> before = new HashMap<>();
    values.forEach((name, value) -> {
      before.put(name, System.getProperty(name));
      if (value == null) {
        System.clearProperty(name);
      } else {
        System.setProperty(name, value);
      }
    });
    return before;
  }
}
