package dev.cairn.spring.internal;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Boot that Cairn manages the schema of the application's data source, so that Hibernate's
 * {@code ddl-auto} never defaults to {@code create-drop} on an embedded database.
 */
public final class CairnSchemaManagementProvider implements SchemaManagementProvider {
  private final Supplier<DataSource> applicationDataSource;
  private final Supplier<DataSource> migrationDataSource;

  /**
   * Creates the provider.
   *
   * @param applicationDataSource the application's data source bean (guarded or not), or null
   * @param migrationDataSource the data source Cairn migrates through
   */
  public CairnSchemaManagementProvider(
      Supplier<DataSource> applicationDataSource, Supplier<DataSource> migrationDataSource) {
    this.applicationDataSource = applicationDataSource;
    this.migrationDataSource = migrationDataSource;
  }

  @Override
  public SchemaManagement getSchemaManagement(DataSource dataSource) {
    return dataSource == applicationDataSource.get() || dataSource == migrationDataSource.get()
        ? SchemaManagement.MANAGED
        : SchemaManagement.UNMANAGED;
  }
}
