package dev.s3logs.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The checks the template tests rely on catch what they are for, on small templates. */
class TemplateCheckersTest {

  private static final String HEADER = """
      Parameters:
        Bucket: {Type: String, Description: the bucket}
        Unused: {Type: String, Description: nothing}
      Conditions:
        Never: {"Fn::Equals": ["a", "b"]}
      Resources:
        Queue: {Type: "AWS::SQS::Queue"}
        Role:
          Type: AWS::IAM::Role
          Properties:
            Policies:
              - PolicyName: p
                PolicyDocument:
                  Statement:
      """;

  @Test
  void shortFormTagsAreRefused() {
    assertThatThrownBy(() -> Template.parse("Resources:\n  A: {Properties: {B: !Ref C}}\n"))
        .hasMessageContaining("line 2").hasMessageContaining("!Ref");
    assertThatThrownBy(() -> Template.parse("A: !GetAtt [Q, Arn]\n"))
        .hasMessageContaining("!GetAtt");
  }

  @Test
  void referencesToNothingAreFound() {
    Template template = Template.parse(HEADER + """
                    - Effect: Allow
                      Action: sqs:SendMessage
                      Resource: {"Fn::GetAtt": [Missing, Arn]}
                    - Effect: Allow
                      Action: s3:GetObject
                      Resource: {"Fn::Sub": "arn:${AWS::Partition}:s3:::${Buckett}/*"}
                    - Fn::If: [Sometimes, {Effect: Deny}, {Ref: "AWS::NoValue"}]
        """);
    assertThat(TemplateChecks.undeclared(template)).extracting(Reference::name)
        .containsExactly("Missing", "Buckett", "Sometimes");
    assertThat(TemplateChecks.unusedParameters(template)).containsExactly("Bucket", "Unused");
    assertThat(TemplateChecks.unusedConditions(template)).containsExactly("Never");
  }

  @Test
  void wildcardsNotNarrowedByTheTemplateAreFound() {
    Template template = Template.parse(HEADER + """
                    - Effect: Allow
                      Action: [sqs:ReceiveMessage, "sqs:*"]
                      Resource: {"Fn::GetAtt": [Queue, Arn]}
                    - Effect: Allow
                      Action: s3:GetObject
                      Resource: {"Fn::Sub": "arn:${AWS::Partition}:s3:::*"}
                    - Effect: Allow
                      Action: s3:GetObject
                      Resource: {"Fn::Sub": "arn:${AWS::Partition}:s3:::${Bucket}/logs/*"}
                    - Fn::If:
                        - Never
                        - {Effect: Allow, Action: "es:ESHttpGet", Resource: "*"}
                        - {Effect: Allow, NotAction: "iam:*", Resource: "*"}
                    - Effect: Deny
                      Principal: "*"
                      Action: "sqs:*"
                      Resource: "*"
        """);
    assertThat(PolicyStatements.of(template)).hasSize(6);
    assertThat(PolicyStatements.problems(template)).satisfiesExactly(
        wide -> assertThat(wide).contains("Statement[0]").contains("sqs:*"),
        wide -> assertThat(wide).contains("Statement[1]").contains("arn:<AWS::Partition>:s3:::*"),
        wide -> assertThat(wide).contains("Statement[3].Fn::If[1]").contains("resource *"),
        wide -> assertThat(wide).contains("Statement[3].Fn::If[2]").contains("NotAction"),
        wide -> assertThat(wide).contains("Statement[3].Fn::If[2]").contains("resource *"));
  }
}
