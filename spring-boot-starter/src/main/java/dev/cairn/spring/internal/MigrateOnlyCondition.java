package dev.cairn.spring.internal;

import dev.cairn.spring.CairnProperties;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code cairn.mode} binds to {@link CairnProperties.Mode#MIGRATE_ONLY}, in any of
 * Boot's relaxed spellings ({@code migrate-only}, {@code MIGRATE_ONLY}, …).
 */
public final class MigrateOnlyCondition extends SpringBootCondition {

  /**
   * Whether the environment selects migrate-only.
   *
   * @param binder the environment's binder
   * @return true for {@code cairn.mode=migrate-only} with Cairn enabled
   */
  static boolean migrateOnly(Binder binder) {
    return binder.bind("cairn.enabled", Boolean.class).orElse(true)
        && binder
                .bind("cairn.mode", CairnProperties.Mode.class)
                .orElse(CairnProperties.Mode.MIGRATE)
            == CairnProperties.Mode.MIGRATE_ONLY;
  }

  @Override
  public ConditionOutcome getMatchOutcome(
      ConditionContext context, AnnotatedTypeMetadata metadata) {
    return migrateOnly(Binder.get(context.getEnvironment()))
        ? ConditionOutcome.match("cairn.mode is migrate-only")
        : ConditionOutcome.noMatch("cairn.mode is not migrate-only");
  }
}
