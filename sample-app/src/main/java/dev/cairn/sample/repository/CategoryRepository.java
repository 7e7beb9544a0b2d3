package dev.cairn.sample.repository;

import dev.cairn.sample.domain.Category;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The catalogue tree. */
public interface CategoryRepository extends JpaRepository<Category, Long> {
  /**
   * Finds a category by its URL segment.
   *
   * @param slug the segment
   * @return the category, if any
   */
  Optional<Category> findBySlug(String slug);
}
