package dev.cairn.sample.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A payment by bank transfer, matched to the statement by its reference. */
@Entity
@Table(name = "bank_transfer_payment")
@PrimaryKeyJoinColumn(
    name = "id",
    foreignKey = @ForeignKey(name = "bank_transfer_payment_payment_fk"))
public class BankTransferPayment extends Payment {
  @Column(nullable = false, length = 34)
  private String iban;

  @Column(nullable = false, length = 140)
  private String reference;

  /** For JPA. */
  protected BankTransferPayment() {}

  /**
   * Creates a pending transfer.
   *
   * @param order what it pays for
   * @param amount how much
   * @param currency ISO 4217 code
   * @param createdAt when it was started
   * @param iban the payer's account
   * @param reference the remittance reference the payer must quote
   */
  public BankTransferPayment(
      PurchaseOrder order,
      BigDecimal amount,
      String currency,
      Instant createdAt,
      String iban,
      String reference) {
    super(order, amount, currency, createdAt);
    this.iban = iban;
    this.reference = reference;
  }

  /**
   * @return the payer's account
   */
  public String getIban() {
    return iban;
  }

  /**
   * @return the remittance reference
   */
  public String getReference() {
    return reference;
  }

  @Override
  public String method() {
    return "bank-transfer";
  }
}
