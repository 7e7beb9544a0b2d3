package dev.cairn.archtest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Architecture rules every Cairn module's tests apply to its own classes (shipped in this module's
 * test-jar).
 */
public final class CairnArchitecture {
  private CairnArchitecture() {}

  /**
   * Public methods of public types outside {@code ..internal..} packages never take or return an
   * {@code internal} type: the public API must stand on its own.
   */
  public static final ArchRule PUBLIC_API_DOES_NOT_EXPOSE_INTERNALS =
      methods()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .resideOutsideOfPackage("..internal..")
          .should(
              new ArchCondition<JavaMethod>("not take or return types of ..internal.. packages") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                  check(method, method.getRawReturnType(), "returns", events);
                  for (JavaClass p : method.getRawParameterTypes()) {
                    check(method, p, "takes", events);
                  }
                }

                private void check(
                    JavaMethod method, JavaClass type, String verb, ConditionEvents events) {
                  JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
                  if (base.getPackageName().contains(".internal")) {
                    events.add(
                        SimpleConditionEvent.violated(
                            method,
                            method.getFullName()
                                + " "
                                + verb
                                + " internal type "
                                + base.getName()));
                  }
                }
              })
          .allowEmptyShould(true);
}
