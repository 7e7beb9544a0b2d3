package dev.cairn.sample.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The stock of one product. Optimistic locking ({@code @Version}) keeps two concurrent orders from
 * both reserving the last unit.
 */
@Entity
@Table(name = "inventory_item")
public class InventoryItem {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_item_seq")
  @SequenceGenerator(
      name = "inventory_item_seq",
      sequenceName = "inventory_item_seq",
      allocationSize = 50)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(
      name = "product_id",
      nullable = false,
      foreignKey = @ForeignKey(name = "inventory_item_product_fk"))
  private Product product;

  @Column(nullable = false)
  private int quantityOnHand;

  @Column(nullable = false)
  private int quantityReserved;

  @Column(nullable = false, length = 10)
  private String warehouse;

  @Version private long version;

  /** For JPA. */
  protected InventoryItem() {}

  /**
   * Creates the stock of a product.
   *
   * @param product the product
   * @param warehouse the warehouse code
   * @param quantityOnHand units on the shelf
   */
  public InventoryItem(Product product, String warehouse, int quantityOnHand) {
    this.product = product;
    this.warehouse = warehouse;
    this.quantityOnHand = quantityOnHand;
  }

  /**
   * @return the id
   */
  public Long getId() {
    return id;
  }

  /**
   * @return the product
   */
  public Product getProduct() {
    return product;
  }

  /**
   * @return units on the shelf
   */
  public int getQuantityOnHand() {
    return quantityOnHand;
  }

  /**
   * @return units promised to unshipped orders
   */
  public int getQuantityReserved() {
    return quantityReserved;
  }

  /**
   * @return units that can still be ordered
   */
  public int available() {
    return quantityOnHand - quantityReserved;
  }

  /**
   * Promises units to an order.
   *
   * @param quantity how many
   * @throws IllegalStateException when fewer are available
   */
  public void reserve(int quantity) {
    if (quantity > available()) {
      throw new IllegalStateException(
          "only " + available() + " of " + product.getSku() + " available, " + quantity + " asked");
    }
    quantityReserved += quantity;
  }

  /**
   * @return the warehouse code
   */
  public String getWarehouse() {
    return warehouse;
  }
}
