package dev.cairn.loader.models.collections;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Entity
public class Author {
  @Id @GeneratedValue Long id;

  String name;

  /** An ordered list of plain values with an explicit collection table. */
  @ElementCollection
  @CollectionTable(name = "author_pen_names", joinColumns = @JoinColumn(name = "author_id"))
  @OrderColumn(name = "position")
  @Column(name = "pen_name", length = 80)
  List<String> penNames;

  /** A map with a key column. */
  @ElementCollection
  @MapKeyColumn(name = "network", length = 30)
  @Column(name = "handle")
  Map<String, String> socialHandles;

  /** A set of embeddables. */
  @ElementCollection Set<Award> awards;

  /** Owning side of a many-to-many with an explicit join table. */
  @ManyToMany
  @JoinTable(
      name = "book_authors",
      joinColumns = @JoinColumn(name = "author_id"),
      inverseJoinColumns = @JoinColumn(name = "book_id"))
  Set<Book> books;

  /** A unidirectional one-to-many with a foreign key in the target table. */
  @OneToMany
  @JoinColumn(name = "author_id")
  List<Letter> letters;

  /** A unidirectional one-to-many through an implicit join table. */
  @OneToMany List<Letter> draftLetters;
}
