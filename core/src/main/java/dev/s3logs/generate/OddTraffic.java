package dev.s3logs.generate;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Rare but real lines that break naive parsers, each tied to a known parser bug: IPv6 clients,
 * a requester with spaces, a four-part operation with a UUID request id, unescaped quotes in the
 * user agent, and a missing remote IP.
 */
final class OddTraffic {

  static final String ORIGIN_ACCESS_IDENTITY =
      "arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E15MNIMTCFKK4C";
  static final String LOG_DELIVERY = "svc:delivery.logs.amazonaws.com";
  // S3 copies the header verbatim, so a quote followed by a space can end up inside the field.
  private static final String[] QUOTED_AGENTS = {
      "Mozilla/5.0 (compatible; \"Scanner\" Bot/1.2; +http://scan.example.net/)",
      "() { :;}; echo; echo \"vulnerable\" ; /bin/cat /etc/passwd",
      "Mozilla/5.0 \"Windows NT 10.0\" AppleWebKit/537.36 (KHTML, like Gecko)"};
  private static final String DUALSTACK_ENDPOINT =
      "s3.dualstack." + SiteCatalogue.REGION + ".amazonaws.com";

  private final SplittableRandom random;
  private final SiteCatalogue site;
  private final Clients clients;
  private final Tokens tokens;
  private final VisitorTraffic visitors;
  private final Responses responses;
  private final String checksumRole;

  OddTraffic(TrafficContext context, VisitorTraffic visitors) {
    this.random = context.random();
    this.site = context.site();
    this.clients = context.clients();
    this.tokens = context.tokens();
    this.visitors = visitors;
    this.responses = context.responses();
    this.checksumRole = "arn:aws:sts::" + site.accountId
        + ":assumed-role/S3BatchOperationsRole/s3-batch-operations";
  }

  void any(LogEntry e) {
    switch (random.nextInt(5)) {
      case 0 -> ipv6(e);
      case 1 -> originAccessIdentity(e);
      case 2 -> computeChecksum(e);
      case 3 -> quotedAgent(e);
      default -> logDelivery(e);
    }
  }

  /** Only the dual-stack REST endpoint accepts IPv6, so that is where these arrive. */
  void ipv6(LogEntry e) {
    visitors.restBrowser(e);
    e.remoteIp = clients.ipv6();
    e.hostHeader = DUALSTACK_ENDPOINT;
  }

  /** CloudFront reading a private origin logs the OAI as requester, spaces included. */
  void originAccessIdentity(LogEntry e) {
    SiteObject served = responses.read(e, site.visitorObject(), false, false, 40_000);
    e.remoteIp = clients.cloudFrontIp();
    e.requester = ORIGIN_ACCESS_IDENTITY;
    e.operation = "REST.GET.OBJECT";
    e.key = served.key();
    e.requestUri = "GET " + served.objectPath() + " HTTP/1.1";
    e.userAgent = Clients.CLOUDFRONT_AGENT;
    e.https("SigV4", "AuthHeader", SiteCatalogue.BUCKET + ".s3.amazonaws.com", false);
  }

  /** Batch Operations compute-checksum jobs log the job UUID where the request id goes. */
  void computeChecksum(LogEntry e) {
    SiteObject object = site.visitorObject();
    e.requester = checksumRole;
    e.requestId = tokens.uuid();
    e.operation = "S3.COMPUTE.OBJECT.CHECKSUM";
    e.key = object.key();
    e.requestUri = LogEntry.DASH;
    e.status(200, null);
    responses.served(e, 0, object.size(), 50_000);
    e.turnAroundTime = LogEntry.ABSENT;
    e.sourceRegion = SiteCatalogue.REGION;
  }

  void quotedAgent(LogEntry e) {
    visitors.browser(e);
    e.userAgent = QUOTED_AGENTS[random.nextInt(QUOTED_AGENTS.length)];
  }

  /** AWS services delivering their own logs into the bucket have no remote IP at all. */
  void logDelivery(LogEntry e) {
    LocalDateTime hour = LocalDateTime.ofEpochSecond(e.time, 0, ZoneOffset.UTC);
    String key = "cf-logs/E2QWRUHAPOMQZL." + hour.toLocalDate() + '-'
        + (hour.getHour() < 10 ? "0" : "") + hour.getHour() + '.' + tokens.hex(8) + ".gz";
    e.requester = LOG_DELIVERY;
    e.operation = "REST.PUT.OBJECT";
    e.key = key;
    e.requestUri = "PUT " + SiteCatalogue.PATH_STYLE_PREFIX + '/' + key + " HTTP/1.1";
    e.status(200, null);
    responses.served(e, 0, 2_000 + random.nextInt(200_000), 50_000);
    e.https("SigV4", "AuthHeader", SiteCatalogue.REST_ENDPOINT, false);
  }
}
