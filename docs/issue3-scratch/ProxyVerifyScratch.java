import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.*;
import java.util.*;
import software.amazon.awssdk.http.*;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.*;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

public class ProxyVerifyScratch {
  static SignedRequest sign(SdkHttpRequest req, byte[] body, Clock clock) {
    return AwsV4HttpSigner.create().sign(r -> {
      r.identity(AwsCredentialsIdentity.create("AKIDEXAMPLE", "secret")).request(req)
       .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "es")
       .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
       .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, true);
      if (body != null) r.payload(() -> new ByteArrayInputStream(body));
      if (clock != null) r.putProperty(HttpSigner.SIGNING_CLOCK, clock);
    });
  }
  public static void main(String[] a) {
    byte[] body = "{\"index\":{}}\n{}\n".getBytes(StandardCharsets.UTF_8);
    SdkHttpRequest req = SdkHttpRequest.builder().method(SdkHttpMethod.POST)
        .uri(URI.create("http://127.0.0.1:9200/logs-s3/_bulk?filter_path=errors,items.*.status"))
        .putHeader("Content-Type", "application/x-ndjson").build();
    SignedRequest s = sign(req, body, null);
    s.request().forEachHeader((k, v) -> System.out.println("  " + k + ": " + v));
    System.out.println("  encodedPath=" + s.request().encodedPath() + " rawQuery=" + s.request().encodedQueryParameters());
    String auth = s.request().firstMatchingHeader("Authorization").get();
    String date = s.request().firstMatchingHeader("X-Amz-Date").get();
    Instant t = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).parse(date, Instant::from);
    Clock pinned = Clock.fixed(t, ZoneOffset.UTC);
    // Proxy view 1: received ALL headers incl. Authorization/X-Amz-Date/x-amz-content-sha256, query as raw string with ',' and '*'
    SdkHttpRequest.Builder rb = SdkHttpRequest.builder().method(SdkHttpMethod.POST)
        .uri(URI.create("http://127.0.0.1:9200/logs-s3/_bulk?filter_path=errors,items.*.status"));
    s.request().forEachHeader((k, v) -> rb.putHeader(k, v));
    rb.putHeader("Content-Length", String.valueOf(body.length)).putHeader("User-Agent", "Java-http-client/17");
    String re1 = sign(rb.build(), body, pinned).request().firstMatchingHeader("Authorization").get();
    System.out.println("all headers echoed back (incl. unsigned extras): match=" + auth.equals(re1));
    System.out.println("   " + re1);
    // Proxy view 2: only the headers in SignedHeaders, minus x-amz-date/x-amz-content-sha256/authorization
    String signed = auth.replaceAll(".*SignedHeaders=([^,]+),.*", "$1");
    SdkHttpRequest.Builder rb2 = SdkHttpRequest.builder().method(SdkHttpMethod.POST)
        .uri(URI.create("http://127.0.0.1:9200/logs-s3/_bulk?filter_path=errors%2Citems.%2A.status"));
    for (String h : signed.split(";")) {
      if (h.equals("x-amz-date") || h.equals("x-amz-content-sha256")) continue;
      rb2.putHeader(h, s.request().firstMatchingHeader(h).get());
    }
    String re2 = sign(rb2.build(), body, pinned).request().firstMatchingHeader("Authorization").get();
    System.out.println("only SignedHeaders, pre-encoded query: match=" + auth.equals(re2));
    SdkHttpRequest.Builder rb3 = rb2.build().toBuilder().uri(URI.create("http://127.0.0.1:9200/logs-s3/_bulk?filter_path=errors,items.*.status"));
    System.out.println("rb2=" + rb2.build() + "\nrb3=" + rb3.build());
    System.out.println("rb3 query=" + rb3.build().encodedQueryParameters() + " rb2 query=" + rb2.build().encodedQueryParameters());
    System.out.println("only SignedHeaders, raw query (',' '*'): match=" + auth.equals(sign(rb3.build(), body, pinned).request().firstMatchingHeader("Authorization").get()));
    SdkHttpRequest.Builder rb4 = rb2.build().toBuilder().putHeader("content-type", "application/json");
    System.out.println("content-type changed: match=" + auth.equals(sign(rb4.build(), body, pinned).request().firstMatchingHeader("Authorization").get()));
    // Wrong secret / tampered body must not match
    String re3 = sign(rb2.build(), "x".getBytes(), pinned).request().firstMatchingHeader("Authorization").get();
    System.out.println("tampered body: match=" + auth.equals(re3));
    // GET without body
    SdkHttpRequest get = SdkHttpRequest.builder().method(SdkHttpMethod.GET).uri(URI.create("https://abc123.us-east-1.aoss.amazonaws.com/")).build();
    SignedRequest g = sign(get, null, pinned);
    g.request().forEachHeader((k, v) -> System.out.println("  GET " + k + ": " + v));
  }
}
