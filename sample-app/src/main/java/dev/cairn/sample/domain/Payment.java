package dev.cairn.sample.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payment for an order. Each way of paying has its own table joined on the id ({@link
 * InheritanceType#JOINED}), so method-specific columns can be NOT NULL.
 */
@Entity
@Table(name = "payment")
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Payment {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
  @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(
      name = "order_id",
      nullable = false,
      foreignKey = @ForeignKey(name = "payment_order_fk"))
  private PurchaseOrder order;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  @Column(nullable = false, length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PaymentStatus status = PaymentStatus.PENDING;

  @Column(nullable = false)
  private Instant createdAt;

  @Version private long version;

  /** For JPA. */
  protected Payment() {}

  /**
   * Creates a pending payment.
   *
   * @param order what it pays for
   * @param amount how much
   * @param currency ISO 4217 code
   * @param createdAt when it was started
   */
  protected Payment(PurchaseOrder order, BigDecimal amount, String currency, Instant createdAt) {
    this.order = order;
    this.amount = amount;
    this.currency = currency;
    this.createdAt = createdAt;
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
   * @return the amount
   */
  public BigDecimal getAmount() {
    return amount;
  }

  /**
   * @return the ISO 4217 currency code
   */
  public String getCurrency() {
    return currency;
  }

  /**
   * @return the status
   */
  public PaymentStatus getStatus() {
    return status;
  }

  /**
   * Records the provider's answer.
   *
   * @param status the new status
   */
  public void setStatus(PaymentStatus status) {
    this.status = status;
  }

  /**
   * @return when it was started
   */
  public Instant getCreatedAt() {
    return createdAt;
  }

  /**
   * @return a short name of the payment method, for APIs
   */
  public abstract String method();
}
