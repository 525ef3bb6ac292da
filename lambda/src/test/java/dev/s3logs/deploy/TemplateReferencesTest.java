package dev.s3logs.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** deploy/template.yaml refers only to what it declares, and uses all it declares. */
class TemplateReferencesTest {

  private final Template template = Template.read(DeployFiles.template());

  @Test
  void isASamTemplate() {
    assertThat(template.root().path("Transform").asText())
        .isEqualTo("AWS::Serverless-2016-10-31");
    assertThat(template.resources()).isNotEmpty();
  }

  @Test
  void everyRefGetAttSubAndConditionNamesSomethingDeclared() {
    assertThat(template.references()).hasSizeGreaterThan(50);
    assertThat(TemplateChecks.undeclared(template)).isEmpty();
  }

  @Test
  void everyParameterIsUsed() {
    assertThat(template.parameters()).contains("LogBucketName", "SearchEndpoint");
    assertThat(TemplateChecks.unusedParameters(template)).isEmpty();
  }

  @Test
  void everyConditionIsUsed() {
    assertThat(TemplateChecks.unusedConditions(template)).isEmpty();
  }

  @Test
  void everyParameterHasADescriptionAndOptionalOnesADefault() {
    for (String name : template.parameters()) {
      assertThat(template.parameter(name).path("Description").asText()).as(name).isNotBlank();
    }
    assertThat(template.parameter("LogBucketName").has("Default")).isFalse();
    assertThat(template.parameter("SearchEndpoint").has("Default")).isFalse();
    assertThat(template.parameter("LogKeyPrefix").path("Default").asText()).isEmpty();
  }
}
