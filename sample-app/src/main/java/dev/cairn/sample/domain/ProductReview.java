package dev.cairn.sample.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** A customer's rating of a product; one per customer and product. */
@Entity
@Table(
    name = "product_review",
    uniqueConstraints =
        @UniqueConstraint(
            name = "product_review_product_customer_key",
            columnNames = {"product_id", "customer_id"}))
public class ProductReview {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_review_seq")
  @SequenceGenerator(
      name = "product_review_seq",
      sequenceName = "product_review_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(
      name = "product_id",
      nullable = false,
      foreignKey = @ForeignKey(name = "product_review_product_fk"))
  private Product product;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(
      name = "customer_id",
      nullable = false,
      foreignKey = @ForeignKey(name = "product_review_customer_fk"))
  private Customer customer;

  @Column(nullable = false)
  private short rating;

  @Column(length = 2000)
  private String comment;

  @Column(nullable = false)
  private Instant createdAt;

  /** For JPA. */
  protected ProductReview() {}

  /**
   * Creates a review.
   *
   * @param product what is reviewed
   * @param customer who reviews
   * @param rating 1 to 5 stars
   * @param comment free text, or null
   * @param createdAt when it was written
   */
  public ProductReview(
      Product product, Customer customer, short rating, String comment, Instant createdAt) {
    this.product = product;
    this.customer = customer;
    this.rating = rating;
    this.comment = comment;
    this.createdAt = createdAt;
  }

  /**
   * @return the id
   */
  public Long getId() {
    return id;
  }

  /**
   * @return what is reviewed
   */
  public Product getProduct() {
    return product;
  }

  /**
   * @return who reviewed
   */
  public Customer getCustomer() {
    return customer;
  }

  /**
   * @return 1 to 5 stars
   */
  public short getRating() {
    return rating;
  }

  /**
   * @return the free text, or null
   */
  public String getComment() {
    return comment;
  }

  /**
   * @return when it was written
   */
  public Instant getCreatedAt() {
    return createdAt;
  }
}
