package dev.cairn.cli;

import dev.cairn.cli.internal.CliEnvironment;
import dev.cairn.cli.internal.ColorMode;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the current command may do with its output: ANSI colours and progress lines only on an
 * interactive terminal, never when {@code NO_COLOR} or {@code CI} is set, when {@code TERM=dumb},
 * or when output goes to a pipe or file; {@code --color always|never} overrides the colour choice.
 * Without a terminal every method returns the plain text, so output is stable for scripts and
 * golden files.
 *
 * <pre>{@code
 * Terminal t = Terminal.of(spec);
 * try (Terminal.Progress p = t.progress("replaying 42 migration files")) {
 *   ...
 * }
 * out.println(t.green("ok") + " nothing to apply");
 * }</pre>
 */
public final class Terminal {
  private static final String RESET = "\u001b[0m";

  private final boolean colors;
  private final boolean interactive;
  private final PrintWriter err;

  private Terminal(boolean colors, boolean interactive, PrintWriter err) {
    this.colors = colors;
    this.interactive = interactive;
    this.err = err;
  }

  /**
   * The terminal of a running command.
   *
   * @param spec the command's spec (inject it with {@code @Spec})
   * @return the terminal; plain when the command does not run under {@link Main}
   */
  public static Terminal of(CommandSpec spec) {
    PrintWriter err = spec.commandLine() == null ? null : spec.commandLine().getErr();
    if (spec.root().userObject() instanceof CairnCommand top && top.defaults() != null) {
      return decide(top.environment(), top.defaults().colorMode(spec), err);
    }
    return new Terminal(false, false, err);
  }

  static Terminal decide(CliEnvironment env, ColorMode mode, PrintWriter err) {
    String ci = env.variable("CI");
    boolean onCi = ci != null && !ci.equalsIgnoreCase("false") && !ci.equals("0");
    boolean dumb = "dumb".equals(env.variable("TERM"));
    boolean interactive = env.terminal() && !onCi && !dumb;
    boolean colors =
        switch (mode) {
          case ALWAYS -> true;
          case NEVER -> false;
          case AUTO -> interactive && env.variable("NO_COLOR") == null;
        };
    return new Terminal(colors, interactive, err);
  }

  /**
   * Whether ANSI colours are used.
   *
   * @return true when text is coloured
   */
  public boolean colors() {
    return colors;
  }

  /**
   * Whether a person is watching: progress lines are shown only then.
   *
   * @return true on an interactive terminal outside CI
   */
  public boolean interactive() {
    return interactive;
  }

  /**
   * Bold text.
   *
   * @param text the text
   * @return the text, styled when colours are on
   */
  public String bold(String text) {
    return style("1", text);
  }

  /**
   * Red text (errors, destructive changes).
   *
   * @param text the text
   * @return the text, styled when colours are on
   */
  public String red(String text) {
    return style("31", text);
  }

  /**
   * Green text (success).
   *
   * @param text the text
   * @return the text, styled when colours are on
   */
  public String green(String text) {
    return style("32", text);
  }

  /**
   * Yellow text (warnings).
   *
   * @param text the text
   * @return the text, styled when colours are on
   */
  public String yellow(String text) {
    return style("33", text);
  }

  /**
   * Dim text (details).
   *
   * @param text the text
   * @return the text, styled when colours are on
   */
  public String dim(String text) {
    return style("2", text);
  }

  private String style(String code, String text) {
    return colors ? "\u001b[" + code + "m" + text + RESET : text;
  }

  /**
   * Shows that a step is running: on an interactive terminal, {@code message…} on standard error,
   * replaced by {@code message (1.2 s)} when closed; elsewhere nothing at all.
   *
   * @param message what is being done, e.g. {@code replaying 42 migration files}
   * @return the progress, to close when the step ends
   */
  public Progress progress(String message) {
    if (!interactive || err == null) {
      return () -> {};
    }
    long start = System.nanoTime();
    err.print(dim(message + "…"));
    err.flush();
    return () -> {
      long ms = (System.nanoTime() - start) / 1_000_000;
      err.print("\r\u001b[2K");
      err.println(dim(String.format(Locale.ROOT, "%s (%.1f s)", message, ms / 1000.0)));
      err.flush();
    };
  }

  /** A running step shown by {@link #progress(String)}. */
  @FunctionalInterface
  public interface Progress extends AutoCloseable {
    /** Ends the step's progress line. */
    @Override
    void close();
  }
}
