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

/** A node of the catalogue tree ({@code Kitchen › Knives}). */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "category_slug_key", columnNames = "slug"))
public class Category {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
  @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  /** The URL segment, unique across the catalogue. */
  @Column(nullable = false, length = 100)
  private String slug;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id", foreignKey = @ForeignKey(name = "category_parent_fk"))
  private Category parent;

  /** For JPA. */
  protected Category() {}

  /**
   * Creates a category.
   *
   * @param name the display name
   * @param slug the URL segment
   * @param parent the parent category, or null for a top-level one
   */
  public Category(String name, String slug, Category parent) {
    this.name = name;
    this.slug = slug;
    this.parent = parent;
  }

  /**
   * @return the id
   */
  public Long getId() {
    return id;
  }

  /**
   * @return the display name
   */
  public String getName() {
    return name;
  }

  /**
   * @return the URL segment
   */
  public String getSlug() {
    return slug;
  }

  /**
   * @return the parent, or null for a top-level category
   */
  public Category getParent() {
    return parent;
  }
}
