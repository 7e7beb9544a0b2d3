package dev.cairn.loader;

/**
 * Which pair of Hibernate naming strategies turns entity and attribute names into table and column
 * names. The naming strategies are part of the schema: a different strategy renames every table,
 * column and foreign key, so the loader must use the application's.
 */
public enum NamingPreset {
  /**
   * What a Spring Boot application uses unless configured otherwise: Hibernate's {@code
   * PhysicalNamingStrategySnakeCaseImpl} ({@code CamelCaseToUnderscoresNamingStrategy} on Hibernate
   * versions without it; {@code orderLine} becomes {@code order_line}) plus an implicit strategy
   * identical to Spring Boot's {@code SpringImplicitNamingStrategy} (JPA-compliant names, except
   * join tables are named {@code <owning table>_<attribute>}).
   */
  SPRING,

  /**
   * Plain Hibernate's defaults: {@code PhysicalNamingStrategyStandardImpl} (names kept as written)
   * and {@code ImplicitNamingStrategyJpaCompliantImpl}.
   */
  HIBERNATE
}
