package dev.cairn.spring.internal;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import org.springframework.beans.factory.InitializingBean;

/**
 * Stops startup when a drift check is enabled but the drift engine is not on the class path: a
 * check the configuration asks for must not be skipped silently.
 */
public final class DriftUnavailable implements InitializingBean {

  /** Created by the auto-configuration. */
  public DriftUnavailable() {}

  @Override
  public void afterPropertiesSet() {
    throw new CairnException(
        ErrorCode.INVALID_CONFIGURATION,
        "cairn.drift.check-on-startup or cairn.drift.health is set, but the drift check needs"
            + " dev.cairn:cairn-schema-diff, which is not on the class path. Add it as a"
            + " dependency (it brings the embedded dev database), or turn the drift settings off.");
  }
}
