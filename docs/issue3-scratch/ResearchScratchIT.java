package dev.s3logs.testing;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * RESEARCH SCRATCH (issue 3, docs/issue3-research.md): prints how both test servers answer the
 * requests that `s3logs ingest` will make. Asserts nothing; delete once the findings are in the doc.
 */
class ResearchScratchIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void printAnswers() throws Exception {
        for (SearchEngine engine : new SearchEngine[] {SearchEngines.opensearch(), SearchEngines.elasticsearch()}) {
            System.out.println("\n######## " + engine);
            String p = engine.isOpenSearch() ? "os" : "es";
            call(engine, "PUT", "/_index_template/scratch-ds", "application/json",
                    bytes("{\"index_patterns\":[\"scratch-ds*\"],\"priority\":200,\"data_stream\":{},\"template\":{\"settings\":{\"number_of_replicas\":0},"
                            + "\"mappings\":{\"properties\":{\"@timestamp\":{\"type\":\"date\"},\"client\":{\"properties\":{\"ip\":{\"type\":\"ip\"}}},"
                            + "\"url\":{\"properties\":{\"original\":{\"type\":\"keyword\",\"ignore_above\":1024,\"fields\":{\"text\":{\"type\":\"text\"}}}}}}}}}"), false);
            String doc = "{\"@timestamp\":\"2026-11-25T12:00:00Z\",\"client\":{\"ip\":\"192.0.2.1\"},\"url\":{\"original\":\"/a\"}}\n";
            call(engine, "POST", "/_bulk", "application/x-ndjson",
                    bytes("{\"create\":{\"_index\":\"scratch-ds\",\"_id\":\"id1\"}}\n" + doc
                            + "{\"create\":{\"_index\":\"scratch-ds\",\"_id\":\"id1\"}}\n" + doc
                            + "{\"index\":{\"_index\":\"scratch-ds\",\"_id\":\"id2\"}}\n" + doc
                            + "{\"create\":{\"_index\":\"scratch-ds\",\"_id\":\"id3\"}}\n"
                            + "{\"@timestamp\":\"2026-11-25T12:00:00Z\",\"client\":{\"ip\":\"not-an-ip\"}}\n"
                            + "{\"create\":{\"_index\":\"scratch-ds\",\"_id\":\"id4\"}}\n{\"client\":{\"ip\":\"192.0.2.1\"}}\n"), false);
            // Same again gzipped, with filter_path
            call(engine, "POST", "/_bulk?filter_path=errors,items.*.status,items.*.error.type", "application/x-ndjson",
                    bytes("{\"create\":{\"_index\":\"scratch-ds\",\"_id\":\"id1\"}}\n" + doc + "{\"create\":{\"_index\":\"scratch-ds\",\"_id\":\"id9\"}}\n" + doc), true);
            call(engine, "POST", "/_bulk", "application/vnd.elasticsearch+x-ndjson; compatible-with=8",
                    bytes("{\"create\":{\"_index\":\"scratch-ds\"}}\n" + doc), false);
            call(engine, "POST", "/_bulk", "application/vnd.elasticsearch+x-ndjson; compatible-with=7",
                    bytes("{\"create\":{\"_index\":\"scratch-ds\"}}\n" + doc), false);
            call(engine, "POST", "/_bulk", "application/json", bytes("{\"create\":{\"_index\":\"scratch-ds\"}}\n" + doc), false);
            call(engine, "POST", "/_bulk", "application/x-ndjson", bytes("{\"create\":{\"_index\":\"scratch-ds\"}}\n" + doc.trim()), false);
            call(engine, "POST", "/_bulk", "text/plain", bytes("{\"create\":{\"_index\":\"scratch-ds\"}}\n" + doc), false);
            // plain index: create twice
            call(engine, "POST", "/_bulk", "application/x-ndjson",
                    bytes("{\"create\":{\"_index\":\"scratch-plain-" + p + "\",\"_id\":\"a\"}}\n{\"x\":1}\n{\"create\":{\"_index\":\"scratch-plain-" + p + "\",\"_id\":\"a\"}}\n{\"x\":1}\n"), false);
            call(engine, "GET", "/_cluster/health", null, null, false);
            call(engine, "GET", "/", null, null, false);
            call(engine, "HEAD", "/", null, null, false);
            HttpResponse<String> compat = CLIENT.send(HttpRequest.newBuilder(engine.baseUri().resolve("/_bulk"))
                    .header("Content-Type", "application/vnd.elasticsearch+x-ndjson; compatible-with=8")
                    .header("Accept", "application/vnd.elasticsearch+json; compatible-with=8")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"create\":{\"_index\":\"scratch-ds\"}}\n" + doc)).build(), HttpResponse.BodyHandlers.ofString());
            System.out.println("---- compat both headers -> " + compat.statusCode() + " " + compat.headers().map() + " " + compat.body());
            call(engine, "POST", "/scratch-ds/_refresh", null, null, false);
            call(engine, "GET", "/scratch-ds/_count", null, null, false);
            call(engine, "GET", "/_cat/nodes?h=version,name&format=json", null, null, false);
            call(engine, "GET", "/_cluster/settings?include_defaults=true&filter_path=defaults.http.max_content_length", null, null, false);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void call(SearchEngine engine, String method, String path, String contentType, byte[] body, boolean gzip) throws Exception {
        byte[] payload = body;
        if (gzip && body != null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream z = new GZIPOutputStream(out)) {
                z.write(body);
            }
            payload = out.toByteArray();
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(engine.baseUri().resolve(path))
                .method(method, payload == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(payload));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (gzip) {
            b.header("Content-Encoding", "gzip");
        }
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        System.out.println("---- " + method + " " + path + " ct=" + contentType + (gzip ? " gzip" : "") + " -> " + r.statusCode());
        r.headers().map().forEach((k, v) -> System.out.println("   < " + k + ": " + v));
        System.out.println("   " + r.body());
    }
}
