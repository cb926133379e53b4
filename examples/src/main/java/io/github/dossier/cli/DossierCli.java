package io.github.dossier.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dossier} command-line tool: {@code java -jar dossier.jar <command>}.
 *
 * <p>Every command has {@code --help}. Errors print one line naming what is wrong to standard
 * error and exit non-zero: 1 when the work failed, 2 when the command line was wrong.
 */
@Command(
    name = "dossier",
    mixinStandardHelpOptions = true,
    versionProvider = DossierCli.Version.class,
    description = "Index news articles and query them by text, person, place, organization and date.",
    subcommands = {
      DemoCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      EntitiesCommand.class,
      EntityCommand.class,
      CurateCommand.class,
      FacetsCommand.class,
      TimelineCommand.class,
      MentionsCommand.class,
      CooccurCommand.class,
      NetworkCommand.class,
      ExportCommand.class,
      SimilarCommand.class,
      BenchCommand.class,
      TagCommand.class,
      TrainNerCommand.class,
      EvalNerCommand.class,
      CompareNerCommand.class,
      BenchTaggerCommand.class,
      CommandLine.HelpCommand.class
    })
public final class DossierCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the tool and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the tool with {@code args}, writing to {@code out} and {@code err}; returns the exit code.
   * Used by {@link #main} and by tests.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new DossierCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("dossier " + commandLine.getCommandName() + ": " + Errors.describe(e));
          commandLine.getErr().flush();
          return 1;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version from the jar manifest or Maven properties. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = DossierCli.class.getPackage().getImplementationVersion();
      return new String[] {"dossier " + (v == null ? "0.1.0-SNAPSHOT" : v)};
    }
  }
}
