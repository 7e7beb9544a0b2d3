package dev.cairn.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseTargetTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          jdbc:postgresql://db/app                            | -     | -     | jdbc:postgresql://db/app             | -     | -
          jdbc:postgresql://db/app?user=u&password=pw1&ssl=1  | -     | -     | jdbc:postgresql://db/app?ssl=1       | u     | pw1
          jdbc:postgresql://db/app?user=u&password=pw1        | admin | pw2   | jdbc:postgresql://db/app             | admin | pw2
          postgres://u:p%40w@db:5433/app?sslmode=require      | -     | -     | jdbc:postgresql://db:5433/app?sslmode=require | u | p@w
          postgresql://db/app                                 | -     | pw3   | jdbc:postgresql://db/app             | -     | pw3
          """)
  void splitsAndOverridesCredentials(
      String url,
      String user,
      String password,
      String jdbc,
      String expectedUser,
      String expectedPw) {
    DatabaseTarget t = DatabaseTarget.of(url, user, password);
    assertThat(t.jdbcUrl()).isEqualTo(jdbc);
    assertThat(t.user()).isEqualTo(expectedUser);
    assertThat(t.password()).isEqualTo(expectedPw);
    if (expectedPw != null) {
      assertThat(t.toString()).doesNotContain(expectedPw);
      assertThat(t.display()).doesNotContain(expectedPw);
    }
  }

  @ParameterizedTest
  @CsvSource({"mysql://u:secret9@h/d", "postgres://u:secret9@/d"})
  void rejectsOtherUrlsWithoutTheirPassword(String url) {
    assertThatThrownBy(() -> DatabaseTarget.of(url, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("secret9");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          x jdbc:postgresql://h/d?password=abc&a=1 y | x jdbc:postgresql://h/d?password=***&a=1 y
          postgres://u:abc@h/d                       | postgres://u:***@h/d
          """)
  void redacts(String text, String expected) {
    assertThat(DatabaseTarget.redact(text)).isEqualTo(expected);
  }
}
