package dev.cairn.cli.legacy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The order table as it was, unchanged since. */
@Entity
@Table(name = "shop_order")
public class LegacyOrder {
  @Id Long id;

  @ManyToOne(optional = false)
  LegacyCustomer customer;
}
