package dev.s3logs.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What differs between starting OpenSearch and Elasticsearch from their integ-test-zip builds:
 * the script, the environment variables it reads, and settings only one of them knows.
 */
enum EngineKind {
  OPENSEARCH("opensearch", "OPENSEARCH_JAVA_HOME", "OPENSEARCH_JAVA_OPTS", "OPENSEARCH_TMPDIR", List.of()),
  // The zip ships x-pack-security, which 8.x turns on by default: TLS and passwords we don't want here.
  ELASTICSEARCH("elasticsearch", "ES_JAVA_HOME", "ES_JAVA_OPTS", "ES_TMPDIR",
      List.of("xpack.security.enabled=false"));

  final String id;
  final String javaHomeVariable;
  final String javaOptsVariable;
  final String tmpDirVariable;
  final List<String> ownSettings;

  EngineKind(String id, String javaHomeVariable, String javaOptsVariable, String tmpDirVariable,
      List<String> ownSettings) {
    this.id = id;
    this.javaHomeVariable = javaHomeVariable;
    this.javaOptsVariable = javaOptsVariable;
    this.tmpDirVariable = tmpDirVariable;
    this.ownSettings = ownSettings;
  }

  /** The unpacked distribution, as core/pom.xml's pre-integration-test unpack leaves it. */
  Path distribution() {
    String property = "s3logs." + id + ".home";
    String home = System.getProperty(property);
    if (home == null || !Files.isExecutable(Path.of(home, "bin", id))) {
      throw new IllegalStateException("no " + id + " distribution at -D" + property + "=" + home
          + "; run the integration tests through Maven (./mvnw verify), which unpacks it");
    }
    return Path.of(home);
  }

  Path script(Path home) {
    return home.resolve("bin").resolve(id);
  }
}
