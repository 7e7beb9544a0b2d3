package dev.cairn.loader.models.shop;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.List;

@Entity
@Table(
    name = "purchase_orders",
    comment = "One checkout",
    check =
        @CheckConstraint(name = "purchase_order_number_positive", constraint = "order_number > 0"),
    uniqueConstraints =
        @UniqueConstraint(
            name = "purchase_order_number_per_customer",
            columnNames = {"customer_id", "order_number"}),
    indexes = {
      @Index(name = "purchase_order_date_idx", columnList = "orderDate DESC"),
      @Index(name = "purchase_order_ref_idx", columnList = "external_ref", unique = true)
    })
@SecondaryTable(name = "purchase_order_notes")
public class PurchaseOrder extends BaseEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "purchase_order_seq")
  @SequenceGenerator(
      name = "purchase_order_seq",
      sequenceName = "purchase_order_seq",
      allocationSize = 20)
  Long id;

  @Column(name = "order_number", nullable = false)
  int orderNumber;

  @Column(name = "external_ref", length = 40, comment = "The payment provider's reference")
  String externalRef;

  LocalDate orderDate;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id")
  Customer customer;

  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
  List<OrderLine> lines;

  @Column(table = "purchase_order_notes", length = 2000)
  String note;
}
