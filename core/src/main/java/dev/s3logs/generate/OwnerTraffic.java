package dev.s3logs.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * What the site's own tooling does: a CI pipeline syncing the build, a Lambda rebuilding the
 * sitemap, lifecycle rules cleaning up previews.
 */
final class OwnerTraffic {

  /** The largest number of lines one call to this class can emit. */
  static final int MAX_LINES_PER_REQUEST = 4;
  private static final String[] LIST_PREFIXES = {"", "blog%2F", "css%2F", "js%2F", "img%2F"};
  private static final String[] STALE_ASSETS = {"css/main.", "js/app.", "js/vendor."};
  private static final String[] STALE_SUFFIXES = {".css", ".js", ".js"};
  private static final int UPLOAD_SPEED = 3_000;

  private final SplittableRandom random;
  private final SiteCatalogue site;
  private final Clients clients;
  private final Tokens tokens;
  private final Responses responses;
  private final String deployer;
  private final String sitemapRole;

  OwnerTraffic(TrafficContext context) {
    this.random = context.random();
    this.site = context.site();
    this.clients = context.clients();
    this.tokens = context.tokens();
    this.responses = context.responses();
    this.deployer = "arn:aws:iam::" + site.accountId + ":user/site-deploy";
    this.sitemapRole =
        "arn:aws:sts::" + site.accountId + ":assumed-role/sitemap-builder-role/sitemap-builder";
  }

  void upload(LogEntry e) {
    SiteObject object = random.nextBoolean() ? site.page() : site.asset();
    deployRequest(e, "REST.PUT.OBJECT", object.key(), "PUT", object.objectPath());
    e.status(200, null);
    responses.served(e, 0, object.size(), UPLOAD_SPEED);
  }

  /** {@code aws s3 sync} compares before it uploads; new files are not there yet. */
  void deployHead(LogEntry e) {
    SiteObject object = random.nextInt(10) == 0 ? site.missing() : site.visitorObject();
    deployRequest(e, "REST.HEAD.OBJECT", object.key(), "HEAD", object.objectPath());
    if (object.size() == 0) {
      responses.error(e, 404, "NoSuchKey", LogEntry.ABSENT);
    } else {
      e.status(200, null);
      responses.served(e, 0, object.size(), UPLOAD_SPEED);
    }
  }

  void listing(LogEntry e) {
    String prefix = LIST_PREFIXES[random.nextInt(LIST_PREFIXES.length)];
    String query = "?list-type=2&prefix=" + prefix + "&encoding-type=url";
    deployRequest(e, "REST.GET.BUCKET", null, "GET", query);
    e.status(200, null);
    responses.served(e, 1_500 + random.nextInt(30_000), LogEntry.ABSENT, UPLOAD_SPEED);
  }

  /** A Lambda inside AWS, so unlike the other owners its requests carry a source region. */
  void sitemapLambda(LogEntry e) {
    boolean write = random.nextInt(10) == 0;
    SiteObject object = write ? site.crawlerObject() : site.page();
    e.remoteIp = clients.awsIp();
    e.requester = sitemapRole;
    e.operation = write ? "REST.PUT.OBJECT" : "REST.GET.OBJECT";
    e.key = object.key();
    e.requestUri = (write ? "PUT " : "GET ") + SiteCatalogue.PATH_STYLE_PREFIX
        + object.objectPath() + " HTTP/1.1";
    e.userAgent = Clients.LAMBDA_AGENT;
    e.https("SigV4", "AuthHeader", SiteCatalogue.REST_ENDPOINT, true);
    e.sourceRegion = SiteCatalogue.REGION;
    e.status(200, null);
    responses.served(e, write ? 0 : object.size(), object.size(), UPLOAD_SPEED * 10);
  }

  /** Lifecycle expiry of preview builds: no client, no URI, no status, just the size. */
  void expire(LogEntry e) {
    SiteObject object = site.visitorObject();
    e.requester = "AmazonS3";
    e.operation = "S3.EXPIRE.OBJECT";
    e.key = "previews/pr-" + (100 + random.nextInt(400)) + '/' + object.key();
    e.requestUri = LogEntry.DASH;
    e.objectSize = object.size();
    e.versionId = random.nextInt(3) == 0 ? tokens.versionId() : null;
  }

  /** A server-side copy logs the PUT and, under the same request id, the GET of the source. */
  void copy(LogEntry e, LineSink out) {
    SiteObject source = site.page();
    LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(e.time, 86_400));
    String target = "archive/" + day + source.objectPath();
    deployRequest(e, "REST.COPY.OBJECT", target, "PUT", '/' + target);
    e.status(200, null);
    responses.served(e, 234, source.size(), UPLOAD_SPEED * 10);
    shareIds(e);
    out.emit(e);
    batchStyleLine(e, "REST.COPY.OBJECT_GET", source.key(), 200, source.size());
    out.emit(e);
  }

  /** Deleting stale fingerprinted assets: one line per key, then the POST that carried them. */
  void batchDelete(LogEntry e, LineSink out) {
    deployClient(e);
    shareIds(e);
    int keys = 1 + random.nextInt(MAX_LINES_PER_REQUEST - 1);
    for (int i = 0; i < keys; i++) {
      int kind = random.nextInt(STALE_ASSETS.length);
      String key = STALE_ASSETS[kind] + tokens.hex(8) + STALE_SUFFIXES[kind];
      long size = random.nextInt(10) == 0 ? LogEntry.ABSENT : 20_000 + random.nextInt(300_000);
      batchStyleLine(e, "BATCH.DELETE.OBJECT", key, 204, size);
      out.emit(e);
    }
    // The POST comes from the same client as the deletions it carried.
    e.operation = "REST.POST.MULTI_OBJECT_DELETE";
    e.key = null;
    e.requestUri = "POST " + SiteCatalogue.PATH_STYLE_PREFIX + "?delete HTTP/1.1";
    e.referer = LogEntry.DASH;
    e.userAgent = Clients.DEPLOY_AGENT;
    e.status(200, null);
    responses.served(e, 100 + 60L * keys, LogEntry.ABSENT, UPLOAD_SPEED);
    out.emit(e);
  }

  private void deployRequest(LogEntry e, String operation, String key, String method, String path) {
    deployClient(e);
    e.operation = operation;
    e.key = key;
    e.requestUri = method + ' ' + SiteCatalogue.PATH_STYLE_PREFIX + path + " HTTP/1.1";
  }

  private void deployClient(LogEntry e) {
    e.remoteIp = clients.runnerIp();
    e.requester = deployer;
    e.userAgent = Clients.DEPLOY_AGENT;
    e.https("SigV4", "AuthHeader", SiteCatalogue.REST_ENDPOINT, random.nextBoolean());
  }

  private void shareIds(LogEntry e) {
    e.requestId = tokens.requestId();
    e.hostId = tokens.hostId();
  }

  // Secondary lines of a multi-line request log no URI, client or timing, only key and size.
  private void batchStyleLine(LogEntry e, String operation, String key, int status, long size) {
    e.operation = operation;
    e.key = key;
    e.requestUri = null;
    e.status(status, null);
    e.bytesSent = LogEntry.ABSENT;
    e.objectSize = size;
    e.timing(LogEntry.ABSENT, LogEntry.ABSENT);
    e.referer = null;
    e.userAgent = null;
  }
}
