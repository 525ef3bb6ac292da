package dev.s3logs.deploy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Checks that hold for any template: what is referred to exists, what is declared is used. */
final class TemplateChecks {

  private TemplateChecks() {
  }

  /** The references that name no declared parameter, resource, pseudo parameter, etc. */
  static List<Reference> undeclared(Template template) {
    return template.references().stream().filter(ref -> !declared(ref, template)).toList();
  }

  private static boolean declared(Reference ref, Template template) {
    if (ref.toCondition()) {
      return template.conditions().contains(ref.name());
    }
    if (ref.toMapping()) {
      return template.mappings().contains(ref.name());
    }
    return template.parameters().contains(ref.name())
        || template.resources().contains(ref.name())
        || Template.PSEUDO_PARAMETERS.contains(ref.name());
  }

  /** The parameters that nothing outside the Parameters section refers to. */
  static Set<String> unusedParameters(Template template) {
    Set<String> unused = new TreeSet<>(template.parameters());
    template.references().stream().filter(ref -> !ref.toCondition() && !ref.toMapping())
        .forEach(ref -> unused.remove(ref.name()));
    return unused;
  }

  /** The conditions that no resource, output, Fn::If or other condition uses. */
  static Set<String> unusedConditions(Template template) {
    Set<String> unused = new TreeSet<>(template.conditions());
    template.references().stream().filter(Reference::toCondition)
        .forEach(ref -> unused.remove(ref.name()));
    return unused;
  }
}
