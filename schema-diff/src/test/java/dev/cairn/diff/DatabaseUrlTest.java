package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseUrlTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          jdbc:postgresql://db:5432/app                          | jdbc:postgresql://db:5432/app                  | -    | -
          jdbc:postgresql://db/app?user=app&password=pw&ssl=true | jdbc:postgresql://db/app?ssl=true              | app  | pw
          jdbc:postgresql://db/app?PASSWORD=p%40ss               | jdbc:postgresql://db/app                       | -    | p@ss
          postgres://app:s3cret@db:5433/shop?sslmode=require     | jdbc:postgresql://db:5433/shop?sslmode=require | app  | s3cret
          postgresql://app@db/shop                               | jdbc:postgresql://db/shop                      | app  | -
          postgres://db                                          | jdbc:postgresql://db/                          | -    | -
          postgres://u:p%2Fq%40r@h/d                             | jdbc:postgresql://h/d                          | u    | p/q@r
          postgres://u:a+b@h/d                                   | jdbc:postgresql://h/d                          | u    | a+b
          postgres://u:pw9@h1:5432,h2:5433/d                     | jdbc:postgresql://h1:5432,h2:5433/d            | u    | pw9
          postgres://u:pw@h/d?search_path=app&sslmode=disable    | jdbc:postgresql://h/d?currentSchema=app&sslmode=disable | u | pw
          """)
  void splitsCredentialsOffTheUrl(String url, String jdbc, String user, String password) {
    DatabaseUrl p = DatabaseUrl.parse(url);
    assertThat(p.jdbcUrl()).isEqualTo(jdbc);
    assertThat(p.user()).isEqualTo(user);
    assertThat(p.password()).isEqualTo(password);
    if (password != null) {
      assertThat(p.toString()).doesNotContain(password);
      assertThat(p.display()).doesNotContain(password);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          jdbc:postgresql://db/app?user=u&password=pw1 | admin | pw2 | admin | pw2
          jdbc:postgresql://db/app?user=u&password=pw1 | -     | -   | u     | pw1
          jdbc:postgresql://db/app?user=u&password=pw1 | ' '   | ''  | u     | pw1
          postgresql://db/app                          | -     | pw3 | -     | pw3
          postgres://u:pw1@db/app                      | admin | -   | admin | pw1
          """)
  void explicitCredentialsWin(
      String url, String user, String password, String expectedUser, String expectedPassword) {
    DatabaseUrl p = DatabaseUrl.parse(url, user, password);
    assertThat(p.jdbcUrl()).isEqualTo("jdbc:postgresql://db/app");
    assertThat(p.user()).isEqualTo(expectedUser);
    assertThat(p.password()).isEqualTo(expectedPassword);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          mysql://u:secret@h/d      | is not a database URL
          file://migrations         | is not a database URL
          embedded:postgres:17      | is not a database URL
          postgres://u:secret@/d    | is not a valid postgres:// URL
          """)
  void rejectsOtherUrlsWithoutShowingThePassword(String url, String message) {
    assertThat(DatabaseUrl.isDatabaseUrl(url)).isEqualTo(url.startsWith("postgres"));
    assertThatThrownBy(() -> DatabaseUrl.parse(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message)
        .hasMessageNotContaining("secret");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          jdbc:postgresql://h/d?user=u&password=pw&x=1  | jdbc:postgresql://h/d?user=u&password=***&x=1
          postgres://u:pw@h/d                           | postgres://u:***@h/d
          connect to postgres://u:pw@h/d failed         | connect to postgres://u:***@h/d failed
          x jdbc:postgresql://h/d?password=abc&a=1 y    | x jdbc:postgresql://h/d?password=***&a=1 y
          jdbc:postgresql://h/d                         | jdbc:postgresql://h/d
          """)
  void redactsPasswords(String text, String expected) {
    assertThat(DatabaseUrl.redact(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          postgres://app:p%40ss w@db/shop?ssl=true | jdbc:postgresql://db/shop?ssl=true&user=app&password=p%40ss%20w
          jdbc:postgresql://db/shop?user=app       | jdbc:postgresql://db/shop?user=app
          """)
  void putsCredentialsBackAsParameters(String url, String expected) {
    DatabaseUrl p = DatabaseUrl.parse(url);
    assertThat(p.jdbcUrlWithCredentials()).isEqualTo(expected);
    assertThat(DatabaseUrl.parse(p.jdbcUrlWithCredentials())).isEqualTo(p);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          FATAL: password authentication failed (tried hunter2) | FATAL: password authentication failed (tried ***)
          jdbc:postgresql://h/d?password=other                  | jdbc:postgresql://h/d?password=***
          """)
  void redactsItsOwnPasswordWherever(String text, String expected) {
    DatabaseUrl p = DatabaseUrl.parse("jdbc:postgresql://h/d", "u", "hunter2");
    assertThat(p.redactIn(text)).isEqualTo(expected);
  }
}
