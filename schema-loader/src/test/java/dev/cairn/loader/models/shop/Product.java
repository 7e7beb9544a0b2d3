package dev.cairn.loader.models.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Formula;

@Entity
@Table(indexes = @Index(name = "product_name_idx", columnList = "name"))
@Check(name = "product_stock_not_negative", constraints = "stock >= 0")
@SuppressWarnings("deprecation") // Hibernate's @Check must keep working
public class Product {
  public enum Category {
    BOOKS,
    TOYS,
    FOOD
  }

  @Id @GeneratedValue Long id;

  @Column(nullable = false, length = 100)
  String name;

  @Column(unique = true, length = 32)
  String sku;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  Category category;

  @ColumnDefault("0")
  @Column(nullable = false)
  int stock;

  @Embedded Money price;

  @Formula("stock * 2")
  int doubledStock;
}
