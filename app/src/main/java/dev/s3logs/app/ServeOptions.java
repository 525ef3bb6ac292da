package dev.s3logs.app;

import dev.s3logs.traffic.Prices;
import picocli.CommandLine.Option;

/** Where the dashboard listens and the prices it estimates costs with. */
final class ServeOptions {

  @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
      description = "Address to listen on (default: ${DEFAULT-VALUE}); any other than"
          + " loopback needs the token in S3LOGS_SERVE_TOKEN")
  String bind;

  @Option(names = "--price-tier1-per-1000", defaultValue = "0.005", paramLabel = "USD",
      description = "Price of 1,000 PUT, COPY, POST or LIST requests (default: ${DEFAULT-VALUE},"
          + " S3 Standard, us-east-1)")
  double tier1;

  @Option(names = "--price-tier2-per-1000", defaultValue = "0.0004", paramLabel = "USD",
      description = "Price of 1,000 GET and other requests (default: ${DEFAULT-VALUE})")
  double tier2;

  @Option(names = "--price-gb-out", defaultValue = "0.09", paramLabel = "USD",
      description = "Price of a GB sent to the internet (default: ${DEFAULT-VALUE})")
  double gbOut;

  Prices prices() {
    return new Prices(tier1, tier2, gbOut);
  }

  /** The dashboard's address as a browser would open it. */
  String url(int actualPort) {
    String host = bind.contains(":") ? "[" + bind + "]" : bind;
    return "http://" + host + ":" + actualPort + "/";
  }
}
