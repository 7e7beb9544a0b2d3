package dev.cairn.cli.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An older version of {@link dev.cairn.cli.entities.ShopCustomer}, as Hibernate's update left the
 * table: a shorter, nullable email without its unique key, and a column the entity dropped since.
 */
@Entity
@Table(name = "shop_customer")
public class LegacyCustomer {
  @Id Long id;

  @Column(length = 100)
  String email;

  String legacyCode;
}
