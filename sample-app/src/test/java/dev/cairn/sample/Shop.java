package dev.cairn.sample;

import dev.cairn.sample.domain.Address;
import dev.cairn.sample.domain.Category;
import dev.cairn.sample.domain.Customer;
import dev.cairn.sample.domain.InventoryItem;
import dev.cairn.sample.domain.Product;
import dev.cairn.sample.domain.Tag;
import dev.cairn.sample.repository.CategoryRepository;
import dev.cairn.sample.repository.CustomerRepository;
import dev.cairn.sample.repository.InventoryItemRepository;
import dev.cairn.sample.repository.ProductRepository;
import dev.cairn.sample.repository.TagRepository;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.context.ApplicationContext;

/** A small catalogue and one customer, saved through the application's own repositories. */
record Shop(Customer ada, Product knife, Product board) {

  static Shop seed(ApplicationContext context) {
    CategoryRepository categories = context.getBean(CategoryRepository.class);
    TagRepository tags = context.getBean(TagRepository.class);
    ProductRepository products = context.getBean(ProductRepository.class);
    InventoryItemRepository inventory = context.getBean(InventoryItemRepository.class);
    CustomerRepository customers = context.getBean(CustomerRepository.class);

    Category kitchen = categories.save(new Category("Kitchen", "kitchen", null));
    Category knives = categories.save(new Category("Knives", "knives", kitchen));
    Tag gift = tags.save(new Tag("gift-idea"));
    Product knife = new Product("KN-001", "Chef's knife", new BigDecimal("89.00"), knives);
    knife.getTags().add(gift);
    knife = products.save(knife);
    Product board =
        products.save(new Product("BD-002", "Oak board", new BigDecimal("35.50"), kitchen));
    inventory.save(new InventoryItem(knife, "LYS", 10));
    inventory.save(new InventoryItem(board, "LYS", 3));

    Customer ada =
        new Customer("ada@example.org", "Ada", "Lovelace", Instant.parse("2024-01-02T03:04:05Z"));
    ada.setShippingAddress(new Address("12 Rue de la Paix", "Paris", "75002", "FR"));
    ada = customers.save(ada);
    return new Shop(ada, knife, board);
  }
}
