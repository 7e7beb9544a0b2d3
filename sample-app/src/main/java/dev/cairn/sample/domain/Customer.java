package dev.cairn.sample.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;

/** Someone who buys from the shop. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "customer_email_key", columnNames = "email"))
public class Customer {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
  @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(nullable = false, length = 100)
  private String firstName;

  @Column(nullable = false, length = 100)
  private String lastName;

  @Column(length = 30)
  private String phoneNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CustomerStatus status = CustomerStatus.ACTIVE;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "street", column = @Column(name = "shipping_street", length = 200)),
    @AttributeOverride(name = "city", column = @Column(name = "shipping_city", length = 100)),
    @AttributeOverride(
        name = "postalCode",
        column = @Column(name = "shipping_postal_code", length = 20)),
    @AttributeOverride(
        name = "countryCode",
        column = @Column(name = "shipping_country_code", length = 2))
  })
  private Address shippingAddress;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 200)),
    @AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 100)),
    @AttributeOverride(
        name = "postalCode",
        column = @Column(name = "billing_postal_code", length = 20)),
    @AttributeOverride(
        name = "countryCode",
        column = @Column(name = "billing_country_code", length = 2))
  })
  private Address billingAddress;

  @Column(nullable = false)
  private Instant createdAt;

  @Version private long version;

  /** For JPA. */
  protected Customer() {}

  /**
   * Creates an active customer.
   *
   * @param email the login and contact address
   * @param firstName the first name
   * @param lastName the last name
   * @param createdAt when the account was opened
   */
  public Customer(String email, String firstName, String lastName, Instant createdAt) {
    this.email = email;
    this.firstName = firstName;
    this.lastName = lastName;
    this.createdAt = createdAt;
  }

  /**
   * The id.
   *
   * @return the id, null before the first flush
   */
  public Long getId() {
    return id;
  }

  /**
   * The e-mail address.
   *
   * @return the address
   */
  public String getEmail() {
    return email;
  }

  /**
   * The first name.
   *
   * @return the first name
   */
  public String getFirstName() {
    return firstName;
  }

  /**
   * The last name.
   *
   * @return the last name
   */
  public String getLastName() {
    return lastName;
  }

  /**
   * The phone number.
   *
   * @return the number, or null
   */
  public String getPhoneNumber() {
    return phoneNumber;
  }

  /**
   * Sets the phone number.
   *
   * @param phoneNumber the number, or null
   */
  public void setPhoneNumber(String phoneNumber) {
    this.phoneNumber = phoneNumber;
  }

  /**
   * Whether the customer may order.
   *
   * @return the status
   */
  public CustomerStatus getStatus() {
    return status;
  }

  /**
   * Changes whether the customer may order.
   *
   * @param status the status
   */
  public void setStatus(CustomerStatus status) {
    this.status = status;
  }

  /**
   * Where orders go unless the order says otherwise.
   *
   * @return the address, or null
   */
  public Address getShippingAddress() {
    return shippingAddress;
  }

  /**
   * Sets the default shipping address.
   *
   * @param shippingAddress the address
   */
  public void setShippingAddress(Address shippingAddress) {
    this.shippingAddress = shippingAddress;
  }

  /**
   * Where invoices go.
   *
   * @return the address, or null
   */
  public Address getBillingAddress() {
    return billingAddress;
  }

  /**
   * Sets the billing address.
   *
   * @param billingAddress the address
   */
  public void setBillingAddress(Address billingAddress) {
    this.billingAddress = billingAddress;
  }

  /**
   * When the account was opened.
   *
   * @return the instant
   */
  public Instant getCreatedAt() {
    return createdAt;
  }
}
