package dev.cairn.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.cli.ExitCode;
import dev.cairn.runtime.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/exit-codes.md lists every error code with the exit code the CLI really gives it. */
class ExitCodesPageTest {
  private static final Pattern ERROR_ROW = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\| (\\d) \\|");
  private static final Pattern EXIT_ROW = Pattern.compile("(?m)^\\| (\\d) \\| ");

  @Test
  void everyErrorCodeIsListedWithItsExitCode() throws IOException {
    String page = Files.readString(Repo.root().resolve("docs/exit-codes.md"));
    Map<String, Integer> documented = new LinkedHashMap<>();
    Matcher m = ERROR_ROW.matcher(page);
    while (m.find()) {
      documented.put(m.group(1), Integer.parseInt(m.group(2)));
    }
    Map<String, Integer> actual = new LinkedHashMap<>();
    for (ErrorCode code : ErrorCode.values()) {
      actual.put(code.name(), ExitCode.of(code).code());
    }
    assertThat(documented).containsExactlyInAnyOrderEntriesOf(actual);
  }

  @Test
  void everyExitCodeIsExplained() throws IOException {
    String page = Files.readString(Repo.root().resolve("docs/exit-codes.md"));
    Matcher m = EXIT_ROW.matcher(page);
    java.util.List<Integer> documented = new java.util.ArrayList<>();
    while (m.find()) {
      documented.add(Integer.parseInt(m.group(1)));
    }
    assertThat(documented)
        .containsExactlyElementsOf(Arrays.stream(ExitCode.values()).map(ExitCode::code).toList());
  }
}
