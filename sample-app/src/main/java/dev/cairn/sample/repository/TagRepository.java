package dev.cairn.sample.repository;

import dev.cairn.sample.domain.Tag;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Product labels. */
public interface TagRepository extends JpaRepository<Tag, Long> {
  /**
   * Finds a tag by its label.
   *
   * @param name the label
   * @return the tag, if any
   */
  Optional<Tag> findByName(String name);
}
