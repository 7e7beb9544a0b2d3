package dev.cairn.loader.models.shop;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class EmailAddressConverter implements AttributeConverter<EmailAddress, String> {
  @Override
  public String convertToDatabaseColumn(EmailAddress attribute) {
    return attribute == null ? null : attribute.value();
  }

  @Override
  public EmailAddress convertToEntityAttribute(String dbData) {
    return dbData == null ? null : new EmailAddress(dbData);
  }
}
