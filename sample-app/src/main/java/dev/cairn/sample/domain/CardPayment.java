package dev.cairn.sample.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A card payment; the shop keeps only the brand and the last four digits. */
@Entity
@Table(name = "card_payment")
@PrimaryKeyJoinColumn(name = "id", foreignKey = @ForeignKey(name = "card_payment_payment_fk"))
public class CardPayment extends Payment {
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CardBrand brand;

  @Column(nullable = false, length = 4)
  private String last4;

  @Column(length = 64)
  private String authorizationCode;

  /** For JPA. */
  protected CardPayment() {}

  /**
   * Creates a pending card payment.
   *
   * @param order what it pays for
   * @param amount how much
   * @param currency ISO 4217 code
   * @param createdAt when it was started
   * @param brand the card scheme
   * @param last4 the card number's last four digits
   */
  public CardPayment(
      PurchaseOrder order,
      BigDecimal amount,
      String currency,
      Instant createdAt,
      CardBrand brand,
      String last4) {
    super(order, amount, currency, createdAt);
    this.brand = brand;
    this.last4 = last4;
  }

  /**
   * @return the card scheme
   */
  public CardBrand getBrand() {
    return brand;
  }

  /**
   * @return the last four digits
   */
  public String getLast4() {
    return last4;
  }

  /**
   * @return the provider's authorization code, once authorized
   */
  public String getAuthorizationCode() {
    return authorizationCode;
  }

  /**
   * Records the provider's authorization.
   *
   * @param authorizationCode the code
   */
  public void authorize(String authorizationCode) {
    this.authorizationCode = authorizationCode;
    setStatus(PaymentStatus.CAPTURED);
  }

  @Override
  public String method() {
    return "card";
  }
}
