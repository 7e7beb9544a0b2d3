package dev.cairn.sample.repository;

import dev.cairn.sample.domain.Product;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** The catalogue. */
public interface ProductRepository extends JpaRepository<Product, Long> {
  /**
   * The products that can be ordered, with category and tags, by name.
   *
   * @return the products
   */
  @EntityGraph(attributePaths = {"category", "tags"})
  List<Product> findByActiveTrueOrderByName();
}
