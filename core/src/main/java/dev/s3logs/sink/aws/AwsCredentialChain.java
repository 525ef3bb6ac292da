package dev.s3logs.sink.aws;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.StsClientBuilder;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * Where the signing credentials come from: the SDK's default chain (system properties,
 * environment, web identity, profile, container role, instance role), optionally used to assume
 * a role through STS. Both cache their credentials and renew them before they expire. Close it at
 * the end of the run.
 */
public final class AwsCredentialChain implements AwsCredentialsProvider, AutoCloseable {

  static final String SESSION_NAME = "s3logs";

  private static final String NONE_FOUND = "no AWS credentials found: set AWS_ACCESS_KEY_ID and"
      + " AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, or run with an instance or container role";

  private final AwsCredentialsProvider provider;
  private final List<AutoCloseable> resources;
  private final String description;

  private AwsCredentialChain(AwsCredentialsProvider provider, List<AutoCloseable> resources,
      String description) {
    this.provider = provider;
    this.resources = resources;
    this.description = description;
  }

  /**
   * The default chain's credentials, or with a role ARN the role assumed with them. Both are
   * resolved once here, so that missing or refused credentials stop the run before it starts.
   *
   * @throws AwsAuthException naming what is missing or what AWS refused
   */
  public static AwsCredentialChain open(AwsTarget target, Optional<String> roleArn) {
    return open(base(System.getenv(), System.getProperty("aws.accessKeyId")), target, roleArn,
        Optional.empty());
  }

  /**
   * Where the default chain would find the keys. When the environment holds them and no system
   * property does, the chain would take them from the environment: going there directly skips
   * building the rest of the chain, a tenth of a second of a Lambda function's cold start (whose
   * role credentials are in its environment; with SnapStart they are not, and the chain finds
   * Lambda's container credentials, which it renews after a restore).
   */
  static AwsCredentialsProvider base(Map<String, String> env, String keyProperty) {
    boolean inEnvironment = isSet(env.get("AWS_ACCESS_KEY_ID"))
        && isSet(env.get("AWS_SECRET_ACCESS_KEY"));
    return keyProperty == null && inEnvironment ? EnvironmentVariableCredentialsProvider.create()
        : DefaultCredentialsProvider.builder().build();
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  static AwsCredentialChain open(AwsCredentialsProvider base, AwsTarget target,
      Optional<String> roleArn, Optional<URI> stsEndpoint) {
    List<AutoCloseable> resources = new ArrayList<>();
    if (base instanceof AutoCloseable closeable) {
      resources.add(closeable);
    }
    AwsCredentialChain chain = new AwsCredentialChain(base, resources, "default credential chain");
    try {
      // The chain's own message lists every provider it tried, a screenful: only the cause has it.
      chain.check(NONE_FOUND, e -> "");
      if (roleArn.isEmpty()) {
        return chain;
      }
      AwsCredentialChain role = chain.assuming(roleArn.get(), target, stsEndpoint);
      role.check("cannot assume the AWS role " + roleArn.get(),
          e -> ": " + firstLine(e.getMessage()));
      return role;
    } catch (RuntimeException e) {
      chain.close();
      throw e;
    }
  }

  /** The role, assumed with this chain's credentials; it shares (and adds to) the resources. */
  private AwsCredentialChain assuming(String roleArn, AwsTarget target,
      Optional<URI> stsEndpoint) {
    SdkHttpClient http = UrlConnectionHttpClient.create();
    resources.add(http);
    StsClientBuilder sts = StsClient.builder()
        .region(Region.of(target.region()))
        .credentialsProvider(provider)
        .httpClient(http);
    stsEndpoint.ifPresent(sts::endpointOverride);
    StsClient client = sts.build();
    resources.add(client);
    StsAssumeRoleCredentialsProvider assumed = StsAssumeRoleCredentialsProvider.builder()
        .stsClient(client)
        .refreshRequest(request -> request.roleArn(roleArn).roleSessionName(SESSION_NAME))
        .build();
    resources.add(assumed);
    return new AwsCredentialChain(assumed, resources, "role " + roleArn);
  }

  private void check(String problem, Function<SdkException, String> reason) {
    try {
      provider.resolveCredentials();
    } catch (SdkException e) {
      throw new AwsAuthException(problem + reason.apply(e), e);
    }
  }

  @Override
  public AwsCredentials resolveCredentials() {
    return provider.resolveCredentials();
  }

  @Override
  public void close() {
    for (int i = resources.size() - 1; i >= 0; i--) {
      try {
        resources.get(i).close();
      } catch (Exception e) {
        // Nothing left to do with a provider or client that fails to close at the end of a run.
      }
    }
  }

  @Override
  public String toString() {
    return "AWS credentials from the " + description;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no details";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
