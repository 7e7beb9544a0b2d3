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
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A parcel on its way: an order ships in one or more of them. */
@Entity
@Table(name = "shipment", indexes = @Index(name = "shipment_order_idx", columnList = "order_id"))
public class Shipment {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipment_seq")
  @SequenceGenerator(name = "shipment_seq", sequenceName = "shipment_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(
      name = "order_id",
      nullable = false,
      foreignKey = @ForeignKey(name = "shipment_order_fk"))
  private PurchaseOrder order;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Carrier carrier;

  @Column(length = 64)
  private String trackingNumber;

  @Column(nullable = false)
  private Instant shippedAt;

  private Instant deliveredAt;

  /** For JPA. */
  protected Shipment() {}

  /**
   * Records a parcel handed to a carrier.
   *
   * @param order what it carries
   * @param carrier who carries it
   * @param trackingNumber the carrier's tracking number, if any
   * @param shippedAt when it left the warehouse
   */
  public Shipment(PurchaseOrder order, Carrier carrier, String trackingNumber, Instant shippedAt) {
    this.order = order;
    this.carrier = carrier;
    this.trackingNumber = trackingNumber;
    this.shippedAt = shippedAt;
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
   * @return the carrier
   */
  public Carrier getCarrier() {
    return carrier;
  }

  /**
   * @return the carrier's tracking number, or null
   */
  public String getTrackingNumber() {
    return trackingNumber;
  }

  /**
   * @return when it left the warehouse
   */
  public Instant getShippedAt() {
    return shippedAt;
  }

  /**
   * @return when it arrived, or null while on its way
   */
  public Instant getDeliveredAt() {
    return deliveredAt;
  }

  /**
   * Records the delivery.
   *
   * @param deliveredAt when the carrier delivered it
   */
  public void delivered(Instant deliveredAt) {
    this.deliveredAt = deliveredAt;
  }
}
