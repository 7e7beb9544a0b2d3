package dev.cairn.sample.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One product and quantity on an order, at the price of the day. */
@Entity
@Table(
    name = "order_line",
    // PostgreSQL does not index foreign keys: without it, deleting a product scans every line.
    indexes = @Index(name = "order_line_product_idx", columnList = "product_id"))
public class OrderLine {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_line_seq")
  @SequenceGenerator(name = "order_line_seq", sequenceName = "order_line_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(
      name = "order_id",
      nullable = false,
      foreignKey = @ForeignKey(name = "order_line_order_fk"))
  private PurchaseOrder order;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(
      name = "product_id",
      nullable = false,
      foreignKey = @ForeignKey(name = "order_line_product_fk"))
  private Product product;

  @Column(nullable = false)
  private int quantity;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal unitPrice;

  /** Stored, not computed: reports and the order_summary view sum it without recomputing. */
  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal lineTotal;

  /** For JPA. */
  protected OrderLine() {}

  OrderLine(PurchaseOrder order, Product product, int quantity, BigDecimal unitPrice) {
    this.order = order;
    this.product = product;
    this.quantity = quantity;
    this.unitPrice = unitPrice;
    this.lineTotal = unitPrice.multiply(BigDecimal.valueOf(quantity));
  }

  /**
   * @return the id
   */
  public Long getId() {
    return id;
  }

  /**
   * @return the order
   */
  public PurchaseOrder getOrder() {
    return order;
  }

  /**
   * @return the product
   */
  public Product getProduct() {
    return product;
  }

  /**
   * @return how many
   */
  public int getQuantity() {
    return quantity;
  }

  /**
   * @return the price of one unit when ordered
   */
  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  /**
   * @return quantity times unit price
   */
  public BigDecimal getLineTotal() {
    return lineTotal;
  }
}
