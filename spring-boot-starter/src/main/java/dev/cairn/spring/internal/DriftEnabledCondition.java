package dev.cairn.spring.internal;

import dev.cairn.spring.CairnProperties;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when a drift check is asked for: {@code cairn.drift.check-on-startup} is not {@code off}
 * or {@code cairn.drift.health} is true.
 */
public final class DriftEnabledCondition extends SpringBootCondition {

  /** Created by Spring. */
  public DriftEnabledCondition() {}

  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata md) {
    CairnProperties.Drift drift =
        Binder.get(context.getEnvironment())
            .bind("cairn.drift", CairnProperties.Drift.class)
            .orElseGet(CairnProperties.Drift::new);
    return drift.anyCheckEnabled()
        ? ConditionOutcome.match(
            "cairn.drift.check-on-startup="
                + drift.getCheckOnStartup()
                + ", cairn.drift.health="
                + drift.isHealth())
        : ConditionOutcome.noMatch("no drift check enabled (cairn.drift.*)");
  }
}
