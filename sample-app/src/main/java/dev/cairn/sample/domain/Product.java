package dev.cairn.sample.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/** Something the shop sells. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "product_sku_key", columnNames = "sku"))
public class Product {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
  @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 40)
  private String sku;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 2000)
  private String description;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal price;

  @Column(nullable = false)
  private boolean active = true;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(
      name = "category_id",
      nullable = false,
      foreignKey = @ForeignKey(name = "product_category_fk"))
  private Category category;

  @ManyToMany
  @JoinTable(
      name = "product_tag",
      joinColumns =
          @JoinColumn(
              name = "product_id",
              foreignKey = @ForeignKey(name = "product_tag_product_fk")),
      inverseJoinColumns =
          @JoinColumn(name = "tag_id", foreignKey = @ForeignKey(name = "product_tag_tag_fk")))
  private Set<Tag> tags = new LinkedHashSet<>();

  @Version private long version;

  /** For JPA. */
  protected Product() {}

  /**
   * Creates an active product.
   *
   * @param sku the stock-keeping unit, unique
   * @param name the display name
   * @param price the unit price
   * @param category where it is listed
   */
  public Product(String sku, String name, BigDecimal price, Category category) {
    this.sku = sku;
    this.name = name;
    this.price = price;
    this.category = category;
  }

  /**
   * @return the id
   */
  public Long getId() {
    return id;
  }

  /**
   * @return the stock-keeping unit
   */
  public String getSku() {
    return sku;
  }

  /**
   * @return the display name
   */
  public String getName() {
    return name;
  }

  /**
   * @return the description, or null
   */
  public String getDescription() {
    return description;
  }

  /**
   * Sets the description.
   *
   * @param description the text, or null
   */
  public void setDescription(String description) {
    this.description = description;
  }

  /**
   * @return the unit price
   */
  public BigDecimal getPrice() {
    return price;
  }

  /**
   * @return whether it can be ordered
   */
  public boolean isActive() {
    return active;
  }

  /**
   * Lists or unlists the product.
   *
   * @param active whether it can be ordered
   */
  public void setActive(boolean active) {
    this.active = active;
  }

  /**
   * @return where it is listed
   */
  public Category getCategory() {
    return category;
  }

  /**
   * @return its labels (mutable)
   */
  public Set<Tag> getTags() {
    return tags;
  }
}
