package dev.cairn.spring.internal;

import dev.cairn.diff.drift.DriftReport;
import dev.cairn.spring.CairnProperties;
import dev.cairn.spring.drift.CairnDriftCheck;
import dev.cairn.spring.drift.SchemaDriftException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * The startup drift check: runs once every singleton exists, so after the migrations ran, and
 * either logs the drift ({@code warn}) or stops startup ({@code fail}).
 */
public final class DriftStartupCheck implements SmartInitializingSingleton {
  private static final Logger LOG = LoggerFactory.getLogger("dev.cairn.spring.drift");

  private final CairnDriftCheck check;
  private final CairnProperties.DriftCheck mode;

  /**
   * Creates the check.
   *
   * @param check the drift check
   * @param mode warn or fail
   */
  public DriftStartupCheck(CairnDriftCheck check, CairnProperties.DriftCheck mode) {
    this.check = check;
    this.mode = mode;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (mode == CairnProperties.DriftCheck.OFF) {
      return;
    }
    DriftReport report = check.check();
    if (!report.hasDrift()) {
      LOG.info(report.describe().strip());
      return;
    }
    if (mode == CairnProperties.DriftCheck.FAIL) {
      throw new SchemaDriftException(report);
    }
    LOG.warn("{}\nStarting anyway (cairn.drift.check-on-startup=warn).", report.describe().strip());
  }
}
