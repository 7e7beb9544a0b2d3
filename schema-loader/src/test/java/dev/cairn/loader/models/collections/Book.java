package dev.cairn.loader.models.collections;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

@Entity
public class Book {
  @Id @GeneratedValue Long id;

  String title;

  @ManyToMany(mappedBy = "books")
  Set<Author> authors;

  /** A many-to-many between the same entities as Author.books, with an implicit join table. */
  @ManyToMany Set<Author> reviewers;
}
