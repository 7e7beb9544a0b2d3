package dev.cairn.loader.models.types;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
public class Measurement {
  @Id UUID id;

  Instant takenAt;

  OffsetDateTime reportedAt;

  ZonedDateTime scheduledAt;

  LocalDateTime localTime;

  Duration duration;

  @Column(precision = 19, scale = 6)
  BigDecimal reading;

  @Lob String rawPayload;

  @Column(columnDefinition = "text")
  String notes;

  @JdbcTypeCode(SqlTypes.JSON)
  Map<String, Object> attributes;

  byte[] signature;

  int[] samples;
}
