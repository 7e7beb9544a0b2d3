package dev.cairn.loader.models.shop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Comment;

@Entity
@Comment("People who buy things")
@SuppressWarnings("deprecation") // Hibernate's @Comment must keep working
public class Customer extends BaseEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false, unique = true, length = 200)
  EmailAddress emailAddress;

  @Comment("Shown on invoices")
  String displayName;

  @Embedded Address billingAddress;

  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "shipping_street", length = 120))
  @AttributeOverride(name = "city", column = @Column(name = "shipping_city", length = 60))
  @AttributeOverride(
      name = "postalCode",
      column = @Column(name = "shipping_postal_code", length = 12))
  Address shippingAddress;

  @ElementCollection Set<String> tags;

  @ManyToMany Set<Product> favouriteProducts;

  @OneToMany(mappedBy = "customer")
  List<PurchaseOrder> orders;
}
