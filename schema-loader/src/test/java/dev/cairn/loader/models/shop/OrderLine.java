package dev.cairn.loader.models.shop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.UUID;

@Entity
public class OrderLine {
  @Id @GeneratedValue UUID id;

  @ManyToOne(optional = false)
  PurchaseOrder order;

  @ManyToOne Product product;

  int quantity;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "unit_price", precision = 12, scale = 2))
  @AttributeOverride(name = "currency", column = @Column(name = "unit_currency", length = 3))
  Money unitPrice;
}
