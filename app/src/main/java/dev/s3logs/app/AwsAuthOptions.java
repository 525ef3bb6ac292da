package dev.s3logs.app;

import dev.s3logs.sink.aws.AwsCredentialChain;
import dev.s3logs.sink.aws.AwsSigV4Auth;
import dev.s3logs.sink.aws.AwsTarget;
import dev.s3logs.sink.http.RequestAuth;
import java.net.URI;
import java.util.Optional;

/**
 * {@code --auth aws}: SigV4 with the default AWS credential chain, optionally assuming a role.
 * The credentials are resolved once here, so that a missing one stops the run before any input
 * is read; the chain then renews them for as long as the process runs.
 */
final class AwsAuthOptions {

  private AwsAuthOptions() {
  }

  static RequestAuth create(URI url, String service, String region, String roleArn) {
    AwsTarget target = AwsTarget.infer(url, service, region);
    AwsCredentialChain credentials = AwsCredentialChain.open(target, Optional.ofNullable(roleArn));
    // Lives as long as the process: the CLI runs one command and exits.
    return new AwsSigV4Auth(target, credentials);
  }
}
