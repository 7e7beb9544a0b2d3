package dev.cairn.maven;

import dev.cairn.runtime.AtlasSum;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.MigrationDirectory;
import dev.cairn.runtime.MigrationFile;
import dev.cairn.runtime.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code mvn cairn:validate}: checks the migration directory without a database, like {@code cairn
 * migrate validate}: file names and versions, {@code atlas.sum}, directives and the splitting of
 * every file, reporting every problem with its file and line. When a database is configured ({@code
 * cairn.url} or {@code CAIRN_URL}), also checks the files already applied there against the
 * revision table. Bound to the {@code validate} phase when listed in the POM.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractConnectingMojo {

  /** Creates the goal (Maven instantiates it). */
  public ValidateMojo() {}

  @Override
  protected void run() throws MojoFailureException {
    MigrationDirectory directory = MigrationDirectory.of(directory());
    List<String> problems = problems(directory);
    if (!problems.isEmpty()) {
      for (String p : problems) {
        getLog().error(p);
      }
      throw new MojoFailureException(
          problems.size()
              + (problems.size() == 1 ? " problem" : " problems")
              + " in "
              + directory.location()
              + (problems.size() == 1 ? ": " + problems.get(0) : "; see the errors above"));
    }
    int statements = 0;
    for (MigrationFile f : directory.files()) {
      statements += f.statements().size();
    }
    getLog()
        .info(
            directory.location()
                + " is valid: "
                + directory.files().size()
                + " migration files, "
                + statements
                + " statements, atlas.sum matches");
    if (hasDatabase()) {
      ValidationResult result = cairn().load().validate();
      getLog()
          .info(
              "The database's "
                  + result.appliedFiles()
                  + " applied migration files match the directory");
    }
  }

  /**
   * Every problem of a directory that can be found without a database.
   *
   * @param directory the directory
   * @return messages with file and line
   */
  static List<String> problems(MigrationDirectory directory) {
    List<String> problems = new ArrayList<>();
    if (directory.files().isEmpty()) {
      try {
        directory.requireFiles();
      } catch (CairnException e) {
        problems.add(e.getMessage());
      }
    }
    try {
      AtlasSum.verify(directory);
    } catch (CairnException e) {
      problems.add(e.getMessage());
    }
    for (CairnException e : directory.problems()) {
      problems.add(e.getMessage());
    }
    return problems;
  }
}
