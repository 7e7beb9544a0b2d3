package dev.cairn.diff.drift.hbm.v2;

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
import org.hibernate.annotations.ColumnDefault;

/** The order entity today: the status got a default, which update never adds to the column. */
@Entity
public class PurchaseOrder {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @ManyToOne(optional = false)
  Customer customer;

  @Column(precision = 12, scale = 2)
  BigDecimal total;

  @ColumnDefault("'new'")
  String status;

  @Enumerated(EnumType.STRING)
  Priority priority;
}
