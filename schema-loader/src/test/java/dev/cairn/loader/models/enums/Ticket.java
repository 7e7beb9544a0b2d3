package dev.cairn.loader.models.enums;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
public class Ticket {
  public enum Priority {
    LOW,
    MEDIUM,
    HIGH
  }

  public enum Status {
    OPEN,
    IN_PROGRESS,
    CLOSED
  }

  public enum Mood {
    HAPPY,
    GRUMPY
  }

  @Id @GeneratedValue Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  Priority priority;

  @Enumerated(EnumType.ORDINAL)
  Status status;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.NAMED_ENUM)
  Mood mood;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.NAMED_ENUM)
  Status lastStatus;
}
