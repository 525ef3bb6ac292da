package dev.s3logs.app;

import dev.s3logs.sink.http.RequestAuth;
import java.net.URI;

/** {@code --auth aws}: SigV4 with the default AWS credential chain. */
final class AwsAuthOptions {

  private AwsAuthOptions() {
  }

  static RequestAuth create(URI url, String service, String region, String roleArn) {
    // Wired to dev.s3logs.sink.aws once that package lands.
    throw new IllegalArgumentException("--auth aws is not available in this build yet");
  }
}
