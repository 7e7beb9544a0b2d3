package dev.cairn.diff.internal.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which statements leave no NULL in a column: only the plain, covering forms. */
class NullsClearedTest {
  @ParameterizedTest(name = "{0} clears {1}: {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "UPDATE users SET nickname = 'x' WHERE nickname IS NULL                 | nickname | true",
        "UPDATE users SET nickname = 'x'                                        | nickname | true",
        "UPDATE \"User\" SET \"url\" = generate_id() WHERE \"url\" IS NULL;     | url      | true",
        "UPDATE \"Field\" f SET \"teamId\" = 1, a = 2 WHERE f.\"teamId\" IS NULL | teamId   | true",
        "update public.users u set nickname = lower(email) where (u.nickname is null) | nickname | true",
        "DELETE FROM \"Field\" WHERE \"recipientId\" IS NULL                     | recipientId | true",
        "DELETE FROM \"Subscription\" WHERE \"planId\" IS NULL OR \"priceId\" IS NULL | priceId | true",
        "UPDATE users SET nickname = 'x' WHERE (nickname IS NULL OR status = 'guest') | nickname | true",
        // Only some rows, or maybe NULL again, or rows picked through another table.
        "UPDATE users SET nickname = 'x' WHERE status = 'guest'                  | nickname | false",
        "UPDATE users SET nickname = NULL WHERE nickname IS NULL                 | nickname | false",
        "UPDATE users SET nickname = DEFAULT                                     | nickname | false",
        "UPDATE users SET status = 'x' WHERE nickname IS NULL                    | nickname | false",
        "UPDATE users SET nickname = p.name FROM profiles p WHERE p.id = users.id | nickname | false",
        "UPDATE users SET nickname = (SELECT name FROM p WHERE p.id = users.id)  | nickname | false",
        "UPDATE \"User\" SET \"teamId\" = 1 WHERE \"teamId\" IS NULL             | teamid   | false",
        "DELETE FROM users WHERE nickname IS NULL AND status = 'x'               | nickname | false",
        "DELETE FROM users                                                       | nickname | false",
        "DELETE FROM users WHERE nickname IS NULL AND status = 'x' OR id = 1    | nickname | false",
        "DELETE FROM users WHERE (nickname IS NULL) AND (status IS NULL)        | nickname | false",
        "DELETE FROM users USING t WHERE nickname IS NULL                        | nickname | false",
      })
  void clears(String sql, String column, boolean clears) {
    assertThat(NullsCleared.by(sql, column)).isEqualTo(clears);
  }
}
