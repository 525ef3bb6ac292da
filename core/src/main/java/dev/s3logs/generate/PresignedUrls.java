package dev.s3logs.generate;

import java.util.SplittableRandom;

/** Query-string (SigV4) authenticated GETs, signed by the site a little before they are used. */
final class PresignedUrls {

  private static final String ACCESS_POINT = "downloads-ap";

  private final SplittableRandom random;
  private final Tokens tokens;
  private final UtcStamps stamps;
  private final String signer;
  private final String credentialPrefix;
  private final String accessPointArn;
  private final String accessPointHost;
  private final StringBuilder uri = new StringBuilder(512);

  PresignedUrls(TrafficContext context) {
    SiteCatalogue site = context.site();
    this.random = context.random();
    this.tokens = context.tokens();
    this.stamps = context.stamps();
    this.signer = "arn:aws:iam::" + site.accountId + ":user/downloads-signer";
    this.credentialPrefix =
        "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA" + tokens.requestId() + "%2F";
    this.accessPointArn = "arn:aws:s3:" + SiteCatalogue.REGION + ':' + site.accountId
        + ":accesspoint/" + ACCESS_POINT;
    this.accessPointHost = ACCESS_POINT + '-' + site.accountId + ".s3-accesspoint."
        + SiteCatalogue.REGION + ".amazonaws.com";
  }

  /** Sets requester, request URI and transport; one in ten goes through an access point. */
  void sign(LogEntry e, SiteObject object) {
    boolean viaAccessPoint = random.nextInt(10) == 0;
    long signedAt = e.time - random.nextInt(3_000);
    uri.setLength(0);
    uri.append("GET ");
    if (!viaAccessPoint) {
      uri.append(SiteCatalogue.PATH_STYLE_PREFIX);
    }
    uri.append(object.objectPath()).append(credentialPrefix);
    stamps.appendCompactDate(uri, signedAt);
    uri.append("%2F").append(SiteCatalogue.REGION).append("%2Fs3%2Faws4_request&X-Amz-Date=");
    stamps.appendAmzDate(uri, signedAt);
    uri.append("&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=");
    tokens.appendHex(uri, 64);
    e.requestUri = uri.append(" HTTP/1.1").toString();
    e.requester = signer;
    String host = viaAccessPoint ? accessPointHost : SiteCatalogue.REST_ENDPOINT;
    e.https("SigV4", "QueryString", host, random.nextBoolean());
    e.accessPointArn = viaAccessPoint ? accessPointArn : null;
  }
}
