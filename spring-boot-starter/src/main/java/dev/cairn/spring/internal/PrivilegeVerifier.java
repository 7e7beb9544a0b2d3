package dev.cairn.spring.internal;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.guard.GuardMode;
import dev.cairn.runtime.guard.PrivilegeCheck;
import dev.cairn.spring.CairnProperties;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Runs {@link PrivilegeCheck} with the application's data source once every singleton exists — that
 * is, after migrations ran, so the tables the role might own are there. Skipped in migrate-only
 * mode, where the application itself does not start.
 */
public final class PrivilegeVerifier implements SmartInitializingSingleton {
  private static final Logger LOG = LoggerFactory.getLogger(PrivilegeVerifier.class);

  private final GuardMode mode;
  private final CairnProperties.Mode runMode;
  private final ObjectProvider<DataSource> dataSource;

  /**
   * Creates the verifier.
   *
   * @param mode fail, warn or off
   * @param runMode the startup mode
   * @param dataSource the application's data source
   */
  public PrivilegeVerifier(
      GuardMode mode, CairnProperties.Mode runMode, ObjectProvider<DataSource> dataSource) {
    this.mode = mode;
    this.runMode = runMode;
    this.dataSource = dataSource;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (mode == GuardMode.OFF || runMode == CairnProperties.Mode.MIGRATE_ONLY) {
      return;
    }
    DataSource ds = dataSource.getIfUnique();
    if (ds == null) {
      return;
    }
    try (Connection c = ds.getConnection()) {
      PrivilegeCheck.verify(c, mode);
    } catch (SQLException e) {
      if (mode == GuardMode.FAIL) {
        throw new CairnException(
            ErrorCode.DATABASE_ERROR,
            "Cairn could not read the application role's privileges (cairn.guard.privileges=fail): "
                + e.getMessage(),
            e);
      }
      LOG.warn("Cairn could not read the application role's privileges: {}", e.getMessage());
    }
  }
}
