package dev.cairn.diff.drift.hbm.v1;

import dev.cairn.diff.drift.hbm.Priority;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** The first version of the order entity. */
@Entity
public class PurchaseOrder {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @ManyToOne(optional = false)
  Customer customer;

  @Column(precision = 12, scale = 2)
  BigDecimal total;

  String status;

  @Enumerated(EnumType.STRING)
  Priority priority;
}
