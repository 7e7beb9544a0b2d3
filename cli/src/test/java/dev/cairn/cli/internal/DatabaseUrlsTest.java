package dev.cairn.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseUrlsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          jdbc:postgresql://db:5432/app                          | jdbc:postgresql://db:5432/app                 | -    | -
          jdbc:postgresql://db/app?user=app&password=pw&ssl=true | jdbc:postgresql://db/app?ssl=true             | app  | pw
          jdbc:postgresql://db/app?PASSWORD=p%40ss               | jdbc:postgresql://db/app                      | -    | p@ss
          postgres://app:s3cret@db:5433/shop?sslmode=require     | jdbc:postgresql://db:5433/shop?sslmode=require | app  | s3cret
          postgresql://app@db/shop                               | jdbc:postgresql://db/shop                     | app  | -
          postgres://db                                          | jdbc:postgresql://db/                         | -    | -
          postgres://u:p%2Fq%40r@h/d                             | jdbc:postgresql://h/d                         | u    | p/q@r
          postgres://u:a+b@h/d                                   | jdbc:postgresql://h/d                         | u    | a+b
          postgres://u:pw9@h1:5432,h2:5433/d                     | jdbc:postgresql://h1:5432,h2:5433/d           | u    | pw9
          """)
  void splitsCredentialsOffTheUrl(String url, String jdbc, String user, String password) {
    DatabaseUrls.Parsed p = DatabaseUrls.parse(url);
    assertThat(p.jdbcUrl()).isEqualTo(jdbc);
    assertThat(p.user()).isEqualTo(user);
    assertThat(p.password()).isEqualTo(password);
    if (password != null) {
      assertThat(p.toString()).doesNotContain(password);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          mysql://u:secret@h/d      | is not a database URL
          file://migrations         | is not a database URL
          postgres://u:secret@/d    | is not a valid postgres:// URL
          """)
  void rejectsOtherUrlsWithoutShowingThePassword(String url, String message) {
    assertThatThrownBy(() -> DatabaseUrls.parse(url))
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
          jdbc:postgresql://h/d                         | jdbc:postgresql://h/d
          """)
  void redactsPasswords(String text, String expected) {
    assertThat(DatabaseUrls.redact(text)).isEqualTo(expected);
  }
}
