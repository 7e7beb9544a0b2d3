package dev.cairn.sample.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A free-form label on products ({@code organic}, {@code gift-idea}). */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "tag_name_key", columnNames = "name"))
public class Tag {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tag_seq")
  @SequenceGenerator(name = "tag_seq", sequenceName = "tag_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 50)
  private String name;

  /** For JPA. */
  protected Tag() {}

  /**
   * Creates a tag.
   *
   * @param name the label
   */
  public Tag(String name) {
    this.name = name;
  }

  /**
   * @return the id
   */
  public Long getId() {
    return id;
  }

  /**
   * @return the label
   */
  public String getName() {
    return name;
  }
}
