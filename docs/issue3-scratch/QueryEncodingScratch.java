import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.*;
import software.amazon.awssdk.http.*;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.*;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
public class QueryEncodingScratch {
  static String sign(String uri) {
    SdkHttpRequest req = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(URI.create(uri)).putHeader("Content-Type","application/x-ndjson").build();
    return AwsV4HttpSigner.create().sign(r -> r.identity(AwsCredentialsIdentity.create("AKIDEXAMPLE", "secret")).request(req)
       .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "es").putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
       .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC))
       .payload(() -> new ByteArrayInputStream(new byte[]{1,2}))).request().firstMatchingHeader("Authorization").get().replaceAll(".*Signature=","");
  }
  public static void main(String[] a) {
    for (String u : new String[]{"http://h:9200/_bulk?filter_path=errors,items.*.status", "http://h:9200/_bulk?filter_path=errors%2Citems.%2A.status",
        "http://h:9200/_bulk?filter_path=errors%2citems.%2a.status", "http://h:9200/x/_bulk?b=1&a=2", "http://h:9200/x/_bulk?a=2&b=1", "http://h:9200/x//_bulk?a=2&b=1", "http://h:9200/%3Cidx-%7Bnow%2Fd%7D%3E/_doc"})
      System.out.println(sign(u) + "  " + u);
  }
}
