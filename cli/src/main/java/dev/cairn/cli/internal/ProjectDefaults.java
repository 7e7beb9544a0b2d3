package dev.cairn.cli.internal;

import dev.cairn.diff.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Supplies every command's option defaults from the selected {@code cairn.yaml} environment and
 * from {@code CAIRN_*} environment variables, and adds the global options {@code --config}, {@code
 * --env} and {@code --color} to every command.
 *
 * <p>Precedence, highest first: an option on the command line; the key of the same long name in the
 * environment chosen with {@code --env} (or {@code CAIRN_ENV}); the environment variable listed in
 * {@link #VARIABLES}; the option's built-in default. This works for any command added to the tree,
 * without the command knowing: picocli asks the provider for every option not given on the command
 * line, after the whole command line is parsed.
 */
public final class ProjectDefaults implements IDefaultValueProvider {
  /** Environment variables that supply an option's default (lowest precedence but built-ins). */
  public static final Map<String, String> VARIABLES;

  static {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("--url", "CAIRN_URL");
    v.put("--user", "CAIRN_USER");
    v.put("--password", "CAIRN_PASSWORD");
    v.put("--dev-url", "CAIRN_DEV_URL");
    v.put("--dir", "CAIRN_DIR");
    VARIABLES = java.util.Collections.unmodifiableMap(v);
  }

  /** Names of the global options; not allowed as keys in {@code cairn.yaml}. */
  private static final Set<String> RESERVED = Set.of("config", "env", "help", "version");

  private static final String CONFIG = "--config";
  private static final String ENV = "--env";
  private static final String COLOR = "--color";

  private final CliEnvironment environment;
  private final CommandSpec root;
  private final Map<CommandSpec, Map<String, Holder>> globals = new IdentityHashMap<>();
  private final Set<OptionSpec> own = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private boolean helpMode;
  private String loadedKey;
  private Map<String, List<String>> loaded = Map.of();

  private ProjectDefaults(CliEnvironment environment, CommandSpec root) {
    this.environment = environment;
    this.root = root;
  }

  /**
   * Adds the global options to every command of the tree (skipping a command that declares an
   * option of the same name itself) and registers the provider.
   *
   * @param commandLine the top command, with all subcommands added
   * @param environment the process environment
   * @return the provider
   */
  public static ProjectDefaults install(CommandLine commandLine, CliEnvironment environment) {
    ProjectDefaults d = new ProjectDefaults(environment, commandLine.getCommandSpec());
    d.addGlobals(commandLine.getCommandSpec());
    commandLine.setDefaultValueProvider(d);
    return d;
  }

  private void addGlobals(CommandSpec spec) {
    Map<String, Holder> holders = new LinkedHashMap<>();
    add(
        spec,
        holders,
        OptionSpec.builder(CONFIG)
            .paramLabel("FILE")
            .type(String.class)
            .description(
                "Project configuration file (default: cairn.yaml or cairn.yml in the working"
                    + " directory; CAIRN_CONFIG). Read only when an environment is selected."));
    add(
        spec,
        holders,
        OptionSpec.builder(ENV)
            .paramLabel("NAME")
            .type(String.class)
            .description(
                "Environment of the project configuration whose settings act as defaults of"
                    + " this command's options (CAIRN_ENV)."));
    add(
        spec,
        holders,
        OptionSpec.builder(COLOR)
            .paramLabel("WHEN")
            .type(ColorMode.class)
            .description(
                "Colour output: auto (on a terminal, unless NO_COLOR or CI is set), always or"
                    + " never. Default: auto"));
    globals.put(spec, holders);
    for (CommandLine sub : spec.subcommands().values()) {
      if (!globals.containsKey(sub.getCommandSpec())) {
        addGlobals(sub.getCommandSpec());
      }
    }
  }

  private void add(CommandSpec spec, Map<String, Holder> holders, OptionSpec.Builder builder) {
    String name = builder.names()[0];
    if (spec.findOption(name) != null) {
      // The command has its own option of that name (e.g. a lint rules file); it wins there.
      return;
    }
    Holder h = new Holder();
    OptionSpec option = builder.getter(h).setter(h).build();
    spec.addOption(option);
    own.add(option);
    holders.put(name, h);
  }

  /**
   * Redacts the values shown while usage help is printed: a default from the project configuration
   * may be a password or a URL carrying one.
   *
   * @param on whether help is being rendered
   */
  public void helpMode(boolean on) {
    this.helpMode = on;
  }

  /**
   * The environment selected for a command ({@code --env} on it or a parent, else {@code
   * CAIRN_ENV}).
   *
   * @param spec the command
   * @return the name, or null
   */
  public String environmentName(CommandSpec spec) {
    Object v = nearest(spec, ENV);
    return v != null ? v.toString() : environment.variable("CAIRN_ENV");
  }

  /**
   * The colour mode for a command.
   *
   * @param spec the command
   * @return the mode ({@link ColorMode#AUTO} unless given)
   */
  public ColorMode colorMode(CommandSpec spec) {
    Object v = nearest(spec, COLOR);
    return v == null ? ColorMode.AUTO : (ColorMode) v;
  }

  private Object nearest(CommandSpec spec, String option) {
    for (CommandSpec s = spec; s != null; s = s.parent()) {
      Map<String, Holder> h = globals.get(s);
      if (h != null && h.containsKey(option) && h.get(option).value != null) {
        return h.get(option).value;
      }
    }
    return null;
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option) || own.contains(option)) {
      return null;
    }
    String name = option.longestName();
    if (!name.startsWith("--")) {
      return null;
    }
    String key = name.substring(2);
    List<String> values = RESERVED.contains(key) ? null : configured(option, key);
    String value;
    if (values != null) {
      value = join(option, key, values);
    } else {
      String variable = VARIABLES.get(name);
      value = variable == null ? null : environment.variable(variable);
    }
    if (value == null) {
      return null;
    }
    if (helpMode) {
      value = redacted(key, value);
    }
    // picocli interpolates ${…} in defaults and collapses $$; doubling every $ keeps the value.
    return value.replace("$", "$$");
  }

  private List<String> configured(OptionSpec option, String key) {
    Map<String, List<String>> env = selected(option.command());
    List<String> v = env.get(key);
    if (v == null && option.isMultiValue()) {
      v = env.get(key + "s");
    }
    return v;
  }

  private String join(OptionSpec option, String key, List<String> values) {
    if (values.size() == 1) {
      return values.get(0);
    }
    String problem;
    if (!option.isMultiValue()) {
      problem = "takes one value";
    } else {
      String regex = option.splitRegex();
      if (!regex.isEmpty()) {
        for (String sep : List.of(",", ";", " ", ":", "|")) {
          if (("a" + sep + "b").split(regex).length == 2
              && values.stream().noneMatch(x -> x.contains(sep))) {
            return String.join(sep, values);
          }
        }
      }
      problem = "takes one value per occurrence";
    }
    throw new ParameterException(
        option.command().commandLine(),
        "the project configuration lists several values for '"
            + key
            + "' but "
            + option.longestName()
            + " of '"
            + option.command().qualifiedName()
            + "' "
            + problem
            + "; give one value there, or the values on the command line");
  }

  private static String redacted(String key, String value) {
    String k = key.toLowerCase(Locale.ROOT);
    if (k.contains("password") || k.contains("secret") || k.contains("token")) {
      return "***";
    }
    return DatabaseUrl.redact(value);
  }

  /** The interpolated settings of the selected environment, or none without {@code --env}. */
  private Map<String, List<String>> selected(CommandSpec spec) {
    String envName = environmentName(spec);
    Object given = nearest(spec, CONFIG);
    String configText = given != null ? given.toString() : environment.variable("CAIRN_CONFIG");
    if (envName == null) {
      if (configText != null && given != null) {
        throw usage(spec, configHint(resolve(configText), "--config " + configText + " needs"));
      }
      return Map.of();
    }
    String cacheKey = configText + "\u0000" + envName;
    if (cacheKey.equals(loadedKey)) {
      return loaded;
    }
    try {
      Path file = configText != null ? resolve(configText) : discover(envName);
      ProjectConfig config = ProjectConfig.load(file);
      checkKeys(config, envName);
      loaded = config.environment(envName, environment.variables()::get);
      loadedKey = cacheKey;
      return loaded;
    } catch (ProjectConfigException e) {
      if (helpMode) {
        return Map.of();
      }
      throw usage(spec, e.getMessage());
    }
  }

  private String configHint(Path file, String prefix) {
    String envs;
    try {
      envs = String.join(", ", ProjectConfig.load(file).environments());
    } catch (ProjectConfigException e) {
      envs = null;
    }
    return prefix
        + " --env NAME to select an environment"
        + (envs == null ? "" : " (defined: " + envs + ")");
  }

  private Path resolve(String text) {
    String p = text.startsWith("file://") ? text.substring("file://".length()) : text;
    return environment.workingDirectory().resolve(p);
  }

  private Path discover(String envName) {
    List<Path> found = new ArrayList<>();
    for (String n : ProjectConfig.FILE_NAMES) {
      Path p = environment.workingDirectory().resolve(n);
      if (Files.isRegularFile(p)) {
        found.add(p);
      }
    }
    if (found.isEmpty()) {
      throw new ProjectConfigException(
          "--env "
              + envName
              + " selects an environment of the project configuration, but there is no"
              + " cairn.yaml in "
              + environment.workingDirectory()
              + "; create one or give --config FILE");
    }
    if (found.size() > 1) {
      throw new ProjectConfigException(
          "both cairn.yaml and cairn.yml exist in "
              + environment.workingDirectory()
              + "; keep one, or choose with --config FILE");
    }
    return found.get(0);
  }

  /** A typo in a key would silently do nothing, so every key must be some command's option. */
  private void checkKeys(ProjectConfig config, String envName) {
    Set<String> known = new TreeSet<>();
    Set<String> multi = new TreeSet<>();
    collectOptions(root, known, multi);
    for (String key : config.keys(envName)) {
      if (RESERVED.contains(key)) {
        throw new ProjectConfigException(
            config.file()
                + ": env '"
                + envName
                + "', key '"
                + key
                + "' cannot be set in the configuration file; give --"
                + key
                + " on the command line");
      }
      boolean plural = key.endsWith("s") && multi.contains(key.substring(0, key.length() - 1));
      if (!known.contains(key) && !plural) {
        throw new ProjectConfigException(
            config.file()
                + ": env '"
                + envName
                + "' has unknown key '"
                + key
                + "'"
                + suggestion(key, known)
                + "; keys are the long option names of cairn's commands without the leading"
                + " dashes");
      }
    }
  }

  private void collectOptions(CommandSpec spec, Set<String> known, Set<String> multi) {
    for (OptionSpec o : spec.options()) {
      if (own.contains(o)) {
        continue;
      }
      for (String n : o.names()) {
        if (n.startsWith("--")) {
          known.add(n.substring(2));
          if (o.isMultiValue()) {
            multi.add(n.substring(2));
          }
        }
      }
    }
    for (CommandLine sub : spec.subcommands().values()) {
      collectOptions(sub.getCommandSpec(), known, multi);
    }
  }

  private static String suggestion(String key, Set<String> known) {
    String normal = key.replace('_', '-').toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(normal, k);
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return best != null && bestDistance <= 2 ? " (did you mean '" + best + "'?)" : "";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static ParameterException usage(CommandSpec spec, String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** Storage of one global option on one command. */
  private static final class Holder implements IGetter, ISetter {
    private Object value;

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      return (T) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T set(T v) {
      T old = (T) value;
      value = v;
      return old;
    }
  }
}
