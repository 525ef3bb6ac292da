package dev.s3logs.generate;

import java.util.SplittableRandom;

/** Reads by the public: CloudFront fetching from the website origin, browsers, crawlers. */
final class VisitorTraffic {

  private static final String[] REST_HOSTS = {"s3.amazonaws.com", SiteCatalogue.REST_ENDPOINT};
  // Bytes per millisecond towards each kind of client: edges sit next to S3, phones do not.
  private static final int EDGE_SPEED = 40_000;
  private static final int BROWSER_SPEED = 2_500;
  private static final int CRAWLER_SPEED = 8_000;

  private final SplittableRandom random;
  private final SiteCatalogue site;
  private final Clients clients;
  private final Responses responses;
  private final PresignedUrls presigned;

  VisitorTraffic(TrafficContext context) {
    this.random = context.random();
    this.site = context.site();
    this.clients = context.clients();
    this.responses = context.responses();
    this.presigned = new PresignedUrls(context);
  }

  /** The bulk of a CDN-fronted site: the edge asks the website endpoint, anonymously. */
  void cloudFront(LogEntry e) {
    e.remoteIp = clients.cloudFrontIp();
    e.userAgent = Clients.CLOUDFRONT_AGENT;
    websiteRead(e, site.visitorObject(), SiteCatalogue.WEBSITE_ENDPOINT, EDGE_SPEED);
  }

  /** Visitors who bypass the CDN, through the website endpoint or straight at the REST API. */
  void browser(LogEntry e) {
    if (random.nextBoolean()) {
      e.remoteIp = clients.publicIp();
      e.userAgent = clients.browser();
      e.referer = site.referer();
      websiteRead(e, site.visitorObject(), SiteCatalogue.BUCKET, BROWSER_SPEED);
    } else {
      restBrowser(e);
    }
  }

  /** An anonymous HTTPS read of a URL like {@code https://s3.amazonaws.com/bucket/key}. */
  void restBrowser(LogEntry e) {
    e.remoteIp = clients.publicIp();
    e.userAgent = clients.browser();
    e.referer = site.referer();
    boolean head = random.nextInt(8) == 0;
    SiteObject served = responses.read(e, site.visitorObject(), head, false, BROWSER_SPEED);
    e.operation = head ? "REST.HEAD.OBJECT" : "REST.GET.OBJECT";
    e.key = served.key();
    e.requestUri = (head ? "HEAD " : "GET ") + SiteCatalogue.PATH_STYLE_PREFIX
        + served.objectPath() + " HTTP/1.1";
    e.https(null, null, REST_HOSTS[random.nextInt(REST_HOSTS.length)], random.nextInt(3) == 0);
    // Public-read ACLs from before bucket policies were the norm still grant some of these.
    e.aclRequired = random.nextInt(25) == 0 ? "Yes" : null;
  }

  void crawler(LogEntry e) {
    Crawler crawler = clients.crawler();
    e.remoteIp = clients.crawlerIp(crawler);
    e.userAgent = crawler.userAgent;
    boolean probing = crawler.probes() && random.nextInt(3) > 0;
    SiteObject wanted = probing ? site.missing() : site.crawlerObject();
    websiteRead(e, wanted, SiteCatalogue.BUCKET, CRAWLER_SPEED);
  }

  /** A visitor following a time-limited link the site signed for a download. */
  void presignedDownload(LogEntry e) {
    e.remoteIp = clients.publicIp();
    e.userAgent = clients.browser();
    e.referer = SiteCatalogue.SITE_URL + "/downloads/";
    SiteObject served = responses.read(e, site.download(), false, false, BROWSER_SPEED);
    e.operation = "REST.GET.OBJECT";
    e.key = served.key();
    presigned.sign(e, served);
  }

  private void websiteRead(LogEntry e, SiteObject wanted, String host, int bytesPerMs) {
    boolean head = random.nextInt(60) == 0;
    SiteObject served = responses.read(e, wanted, head, true, bytesPerMs);
    e.operation = head ? "WEBSITE.HEAD.OBJECT" : "WEBSITE.GET.OBJECT";
    e.key = served.key();
    e.requestUri = (head ? "HEAD " : "GET ") + served.websitePath() + " HTTP/1.1";
    e.website(host);
  }
}
