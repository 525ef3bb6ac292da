package dev.s3logs.deploy;

/**
 * A name that a template's intrinsic function refers to, and where.
 *
 * @param kind Ref, Fn::GetAtt, Fn::Sub, Fn::FindInMap or Condition
 * @param name the parameter, resource, pseudo parameter, mapping or condition named
 * @param at the path of the function in the template, for messages
 */
record Reference(String kind, String name, String at) {

  boolean toCondition() {
    return kind.equals("Condition") || kind.equals("Fn::If");
  }

  boolean toMapping() {
    return kind.equals("Fn::FindInMap");
  }

  @Override
  public String toString() {
    return kind + " " + name + " at " + at;
  }
}
