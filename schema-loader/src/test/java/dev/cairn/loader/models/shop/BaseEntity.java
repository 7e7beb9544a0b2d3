package dev.cairn.loader.models.shop;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

@MappedSuperclass
public abstract class BaseEntity {
  @Column(nullable = false)
  Instant createdAt;

  @Version long version;
}
