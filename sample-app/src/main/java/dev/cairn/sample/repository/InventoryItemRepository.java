package dev.cairn.sample.repository;

import dev.cairn.sample.domain.InventoryItem;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stock levels. */
public interface InventoryItemRepository extends JpaRepository<InventoryItem, Long> {
  /**
   * The stock of a product.
   *
   * @param productId the product's id
   * @return its stock, if it is stocked
   */
  Optional<InventoryItem> findByProductId(Long productId);
}
