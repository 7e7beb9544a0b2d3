package dev.cairn.cli.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A test entity referencing {@link ShopCustomer}. */
@Entity
@Table(name = "shop_order")
public class ShopOrder {
  @Id Long id;

  @ManyToOne(optional = false)
  ShopCustomer customer;
}
