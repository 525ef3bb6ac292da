package dev.s3logs.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Handler that a template under deploy/ names is a class of the lambda module that Lambda
 * can call: a {@link RequestStreamHandler} with the named method. A typo here would deploy and
 * fail only at the first invocation.
 */
class HandlerClassesTest {

  private static final List<String> FUNCTION_TYPES = List.of("AWS::Serverless::Function",
      "AWS::Lambda::Function");

  @Test
  void everyHandlerIsARequestStreamHandlerOfTheArtifact() throws Exception {
    List<String> handlers = handlers();
    assertThat(handlers).contains("dev.s3logs.lambda.SqsHandler::handleRequest");
    for (String handler : handlers) {
      String[] parts = handler.split("::", 2);
      Class<?> type = load(parts[0], handler);
      assertThat(RequestStreamHandler.class).as(handler).isAssignableFrom(type);
      assertThat(type.getMethod(parts[1], InputStream.class, OutputStream.class, Context.class))
          .as(handler).isNotNull();
    }
  }

  private Class<?> load(String name, String handler) {
    try {
      return Class.forName(name, false, getClass().getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError("a template under deploy/ names the Handler " + handler
          + ", and the lambda module has no class " + name, e);
    }
  }

  private static List<String> handlers() throws IOException {
    List<String> handlers = new ArrayList<>();
    try (Stream<Path> files = Files.list(DeployFiles.root().resolve("deploy"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        JsonNode resources = StrictYaml.read(file).path("Resources");
        for (JsonNode resource : resources) {
          if (FUNCTION_TYPES.contains(resource.path("Type").asText())) {
            handlers.add(resource.path("Properties").path("Handler").asText());
          }
        }
      }
    }
    return handlers;
  }
}
