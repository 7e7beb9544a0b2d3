package dev.cairn.cli.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A test entity for the entities: schema source. */
@Entity
@Table(name = "shop_customer")
public class ShopCustomer {
  @Id Long id;

  @Column(nullable = false, unique = true, length = 200)
  String email;
}
