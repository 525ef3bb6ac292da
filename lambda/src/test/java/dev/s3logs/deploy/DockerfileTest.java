package dev.s3logs.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3logs.deploy.Dockerfile.Instruction;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * deploy/Dockerfile builds the app module's shaded jar with the Maven wrapper and runs exactly
 * that jar, as a user other than root, with {@code run} as the default command.
 */
class DockerfileTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JAR = "/opt/s3logs/s3logs.jar";

  private final Dockerfile dockerfile = Dockerfile.read(DeployFiles.deploy("Dockerfile"));

  @Test
  void buildsWithTheWrapperOnAJdkAndRunsOnAJre() {
    assertThat(dockerfile.stages()).hasSize(2);
    List<Instruction> build = dockerfile.stages().get(0);
    assertThat(build.get(0).arguments()).contains("-jdk").endsWith(" AS build");
    assertThat(Dockerfile.arguments(build, "RUN")).anySatisfy(run ->
        assertThat(run).contains("./mvnw ").contains("-pl app -am package"));
    assertThat(dockerfile.last().get(0).arguments()).contains("-jre").doesNotContain("alpine");
    // ARG before the first FROM is what a FROM line may use
    assertThat(dockerfile.preamble()).extracting(Instruction::keyword).containsOnly("ARG");
  }

  @Test
  void copiesTheAppModulesShadedJarAndRunsIt() throws IOException {
    String built = Dockerfile.arguments(dockerfile.stages().get(0), "WORKDIR").get(0)
        + "/app/target/" + Poms.shadedJar("app");
    assertThat(Poms.shadedJar("app")).isEqualTo("s3logs.jar");
    assertThat(Dockerfile.arguments(dockerfile.last(), "COPY"))
        .contains("--from=build " + built + " " + JAR);
    List<String> entrypoint = List.of(JSON.readValue(
        Dockerfile.arguments(dockerfile.last(), "ENTRYPOINT").get(0), String[].class));
    assertThat(entrypoint.get(0)).isEqualTo("java");
    assertThat(entrypoint.subList(entrypoint.size() - 2, entrypoint.size()))
        .containsExactly("-jar", JAR);
    assertThat(Dockerfile.arguments(dockerfile.last(), "CMD")).containsExactly("[\"run\"]");
  }

  @Test
  void runsAsAnUnprivilegedUser() {
    List<String> users = Dockerfile.arguments(dockerfile.last(), "USER");
    assertThat(users).hasSize(1);
    String user = users.get(0).split(":")[0];
    assertThat(user).isNotIn("root", "0").matches("[1-9][0-9]*");
    assertThat(Dockerfile.arguments(dockerfile.last(), "RUN"))
        .anySatisfy(run -> assertThat(run).contains("useradd").contains("--uid " + user));
  }

  @Test
  void theBuildContextLeavesBuildOutputAndGitOut() throws IOException {
    List<String> ignored = Files.readAllLines(DeployFiles.deploy("Dockerfile.dockerignore"));
    assertThat(ignored).contains("**/target", ".git");
    assertThat(ignored).noneMatch(line -> line.equals("mvnw") || line.startsWith(".mvn")
        || line.endsWith("src") || line.equals("pom.xml"));
  }

  @Test
  void theParserJoinsContinuedLinesAndGroupsStages() {
    Dockerfile parsed = Dockerfile.parse("""
        # comment
        ARG V=1
        FROM a:${V} AS one
        RUN x \\
            && y
        FROM b
        USER 7
        """);
    assertThat(parsed.preamble()).containsExactly(new Instruction("ARG", "V=1"));
    assertThat(parsed.stages()).hasSize(2);
    assertThat(Dockerfile.arguments(parsed.stages().get(0), "RUN")).containsExactly("x && y");
    assertThat(Dockerfile.arguments(parsed.last(), "USER")).containsExactly("7");
  }
}
