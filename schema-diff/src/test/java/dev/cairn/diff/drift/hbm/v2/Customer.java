package dev.cairn.diff.drift.hbm.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The customer entity today: a longer name, a required email, a new phone, no legacy code.
 * Hibernate's update adds the phone column but changes no existing column and drops nothing.
 */
@Entity
public class Customer {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(length = 200, nullable = false)
  String name;

  @Column(nullable = false)
  String email;

  String phone;
}
