package dev.s3logs.generate;

import java.util.SplittableRandom;

/** Who talks to the bucket: browsers, crawlers, CloudFront, the deploy pipeline, and their IPs. */
final class Clients {

  static final String CLOUDFRONT_AGENT = "Amazon CloudFront";
  static final String DEPLOY_AGENT = "aws-cli/2.22.4 md/awscrt#0.22.0 ua/2.0"
      + " os/linux#6.8.0-1017-azure md/arch#x86_64 lang/python#3.12.6 md/pyimpl#CPython"
      + " exe-mode/github-actions cfg/retry-mode#standard md/installer#exe md/distrib#ubuntu.24"
      + " md/prompt#off md/command#s3.sync";
  static final String LAMBDA_AGENT = "aws-sdk-js/3.686.0 ua/2.1"
      + " os/linux#5.10.227-239.884.amzn2.x86_64 lang/js md/nodejs#20.18.0 api/s3#3.686.0"
      + " exec-env/AWS_Lambda_nodejs20.x";

  private static final String WEBKIT = " AppleWebKit/537.36 (KHTML, like Gecko)";
  private static final String SAFARI = " AppleWebKit/605.1.15 (KHTML, like Gecko)";
  private static final String WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64)";
  private static final String MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)";
  // Most popular first: browser() favours the front of the list.
  private static final String[] BROWSERS = {
      WINDOWS + WEBKIT + " Chrome/130.0.0.0 Safari/537.36",
      WINDOWS + WEBKIT + " Chrome/131.0.0.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)" + SAFARI
          + " Version/18.1 Mobile/15E148 Safari/604.1",
      MAC + WEBKIT + " Chrome/130.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 10; K)" + WEBKIT + " Chrome/130.0.0.0 Mobile Safari/537.36",
      MAC + SAFARI + " Version/18.1 Safari/605.1.15",
      WINDOWS + WEBKIT + " Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
      "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S921B)" + WEBKIT
          + " SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
      "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
      "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X)" + SAFARI
          + " Version/17.6 Mobile/15E148 Safari/604.1"};
  // Residential and hosting /8s; private, reserved and multicast ranges never appear.
  private static final int[] PUBLIC_FIRST_OCTETS = {
      24, 31, 37, 45, 62, 68, 73, 77, 81, 86, 89, 92, 98, 104, 109, 151, 176, 185, 188, 193, 203,
      212, 217};
  private static final String[] IPV6_PREFIXES = {
      "2a02:8108:", "2600:1700:", "2a01:e0a:", "2406:da18:"};
  private static final String[] RUNNER_PREFIXES = {"20.57.", "4.227.", "172.182.", "52.238."};
  private static final String[] AWS_PREFIXES = {"3.80.", "44.192.", "54.152.", "18.206."};

  private final SplittableRandom random;

  Clients(SplittableRandom random) {
    this.random = random;
  }

  /** Browsers follow a long tail too: a few versions of Chrome dominate. */
  String browser() {
    double u = random.nextDouble();
    return BROWSERS[(int) (u * u * BROWSERS.length)];
  }

  Crawler crawler() {
    int roll = random.nextInt(100);
    Crawler[] all = Crawler.values();
    // Weighted by how often each shows up in small-site logs.
    if (roll < 55) {
      return roll < 35 ? Crawler.GOOGLEBOT : Crawler.BINGBOT;
    }
    return all[random.nextInt(all.length)];
  }

  String publicIp() {
    StringBuilder sb = new StringBuilder(15);
    sb.append(PUBLIC_FIRST_OCTETS[random.nextInt(PUBLIC_FIRST_OCTETS.length)]).append('.');
    return appendHostPart(sb.append(random.nextInt(256)).append('.'), 2).toString();
  }

  /** CloudFront edge addresses as they appear in origin logs: 130.176.0.0/16 and 64.252.64.0/18. */
  String cloudFrontIp() {
    StringBuilder sb = new StringBuilder(15);
    if (random.nextBoolean()) {
      sb.append("130.176.").append(random.nextInt(256)).append('.');
    } else {
      sb.append("64.252.").append(64 + random.nextInt(64)).append('.');
    }
    return appendHostPart(sb, 1).toString();
  }

  String crawlerIp(Crawler crawler) {
    String[] prefixes = crawler.ipPrefixes;
    if (prefixes.length == 0) {
      return publicIp();
    }
    StringBuilder sb = new StringBuilder(15).append(prefixes[random.nextInt(prefixes.length)]);
    return appendHostPart(sb, 1).toString();
  }

  String runnerIp() {
    return prefixedIp(RUNNER_PREFIXES);
  }

  String awsIp() {
    return prefixedIp(AWS_PREFIXES);
  }

  String ipv6() {
    StringBuilder sb = new StringBuilder(39);
    sb.append(IPV6_PREFIXES[random.nextInt(IPV6_PREFIXES.length)]);
    sb.append(Integer.toHexString(random.nextInt(0x10000))).append(':');
    sb.append(Integer.toHexString(random.nextInt(0x10000))).append("::");
    return sb.append(Integer.toHexString(1 + random.nextInt(0xffff))).toString();
  }

  private String prefixedIp(String[] prefixes) {
    StringBuilder sb = new StringBuilder(15).append(prefixes[random.nextInt(prefixes.length)]);
    return appendHostPart(sb.append(random.nextInt(256)).append('.'), 1).toString();
  }

  // The last octets; the final one avoids .0 and .255 so addresses never look like networks.
  private StringBuilder appendHostPart(StringBuilder sb, int octets) {
    if (octets == 2) {
      sb.append(random.nextInt(256)).append('.');
    }
    return sb.append(1 + random.nextInt(254));
  }
}
