package dev.cairn.loader.internal;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's implicit naming rule, without depending on Spring: JPA-compliant names, except that
 * a join table is named after the owning entity's physical table and the owning attribute ({@code
 * customer_favourite_products}) instead of after both tables ({@code customer_product}), so two
 * associations between the same entities get two tables.
 */
public class SpringCompatibleImplicitNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {
  private static final long serialVersionUID = 1L;

  /** Creates the strategy; Hibernate instantiates it by class name. */
  public SpringCompatibleImplicitNamingStrategy() {}

  @Override
  public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
    String attribute = source.getAssociationOwningAttributePath().getProperty();
    return toIdentifier(
        source.getOwningPhysicalTableName() + "_" + attribute, source.getBuildingContext());
  }
}
