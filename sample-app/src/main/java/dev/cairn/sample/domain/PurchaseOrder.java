package dev.cairn.sample.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An order ({@code order} is a reserved word in SQL, hence the name). */
@Entity
@Table(
    name = "purchase_order",
    indexes = @Index(name = "purchase_order_customer_idx", columnList = "customer_id"))
public class PurchaseOrder {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "purchase_order_seq")
  @SequenceGenerator(
      name = "purchase_order_seq",
      sequenceName = "purchase_order_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(
      name = "customer_id",
      nullable = false,
      foreignKey = @ForeignKey(name = "purchase_order_customer_fk"))
  private Customer customer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private OrderStatus status = OrderStatus.PENDING;

  @Column(nullable = false)
  private Instant placedAt;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "street", column = @Column(name = "ship_to_street", length = 200)),
    @AttributeOverride(name = "city", column = @Column(name = "ship_to_city", length = 100)),
    @AttributeOverride(
        name = "postalCode",
        column = @Column(name = "ship_to_postal_code", length = 20)),
    @AttributeOverride(
        name = "countryCode",
        column = @Column(name = "ship_to_country_code", length = 2))
  })
  private Address shipTo;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal total = BigDecimal.ZERO;

  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<OrderLine> lines = new ArrayList<>();

  @Version private long version;

  /** For JPA. */
  protected PurchaseOrder() {}

  /**
   * Creates a pending order.
   *
   * @param customer who orders
   * @param shipTo where it goes
   * @param placedAt when it was placed
   */
  public PurchaseOrder(Customer customer, Address shipTo, Instant placedAt) {
    this.customer = customer;
    this.shipTo = shipTo;
    this.placedAt = placedAt;
  }

  /**
   * Adds a line at the product's current price and updates the total.
   *
   * @param product the product
   * @param quantity how many
   * @return the new line
   */
  public OrderLine addLine(Product product, int quantity) {
    OrderLine line = new OrderLine(this, product, quantity, product.getPrice());
    lines.add(line);
    total = total.add(line.getLineTotal());
    return line;
  }

  /**
   * @return the id
   */
  public Long getId() {
    return id;
  }

  /**
   * @return who ordered
   */
  public Customer getCustomer() {
    return customer;
  }

  /**
   * @return the status
   */
  public OrderStatus getStatus() {
    return status;
  }

  /**
   * Moves the order on.
   *
   * @param status the new status
   */
  public void setStatus(OrderStatus status) {
    this.status = status;
  }

  /**
   * @return when it was placed
   */
  public Instant getPlacedAt() {
    return placedAt;
  }

  /**
   * @return where it goes
   */
  public Address getShipTo() {
    return shipTo;
  }

  /**
   * @return the sum of the lines
   */
  public BigDecimal getTotal() {
    return total;
  }

  /**
   * @return the lines, in the order added
   */
  public List<OrderLine> getLines() {
    return Collections.unmodifiableList(lines);
  }
}
