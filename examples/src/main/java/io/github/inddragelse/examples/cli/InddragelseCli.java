package io.github.inddragelse.examples.cli;

import io.github.inddragelse.model.catalogue.StandardCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code inddragelse} command-line tool: {@code assess} scores case files or the built-in sample
 * caseload; {@code catalog} prints the catalogue, rules and checklists. Every command has {@code
 * --help}; the tool has {@code --version}.
 *
 * <pre>{@code
 * java -jar examples/target/inddragelse.jar assess                       # the sample caseload
 * java -jar examples/target/inddragelse.jar assess cases/ --format html  # a report in ./inddragelse-report
 * java -jar examples/target/inddragelse.jar catalog --format json
 * }</pre>
 *
 * <p>Exit codes: 0 when everything was assessed, 1 when some input could not be read or assessed
 * (the rest is still assessed), 2 for a usage error. Text goes to standard output in UTF-8; messages
 * about bad input and the progress bar go to standard error.
 *
 * <p>The tool is the application, so it may use today's date as the default as-of date; the library
 * never reads the clock. Tests construct it with their own streams, terminal flag and clock.
 */
@Command(
        name = "inddragelse",
        mixinStandardHelpOptions = true,
        versionProvider = InddragelseCli.Version.class,
        description = {
            "Scores how well adult social case processes involve the citizen: the model Borgeren i centrum,"
                    + " the eight principles of recovery-oriented rehabilitation and the legal duties beneath them.",
            ""
        },
        subcommands = {AssessCommand.class, CatalogCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything was assessed", "1:some input could not be read or assessed", "2:usage error"})
public final class InddragelseCli implements Callable<Integer> {

    /** Everything was assessed. */
    public static final int OK = 0;

    /** Some input could not be read or assessed; the rest was. */
    public static final int INPUT_FAILED = 1;

    /** The command line was wrong. */
    public static final int USAGE = 2;

    final PrintWriter out;
    final PrintWriter err;
    final boolean interactive;
    final Clock clock;

    @Spec
    CommandSpec spec;

    /**
     * Creates the tool.
     *
     * @param out where results go
     * @param err where messages and the progress bar go
     * @param interactive whether standard error is a terminal (the progress bar is drawn only then)
     * @param clock the clock for the default as-of date
     */
    public InddragelseCli(PrintWriter out, PrintWriter err, boolean interactive, Clock clock) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.interactive = interactive;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = new InddragelseCli(out, err, System.console() != null, Clock.systemDefaultZone()).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs one command line.
     *
     * @param args the command line
     * @return the exit code
     */
    public int execute(String... args) {
        CommandLine cl = new CommandLine(this)
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, line, parsed) -> {
                    line.getErr().println("inddragelse: " + e.getClass().getSimpleName() + ": " + e.getMessage());
                    return INPUT_FAILED;
                });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Without a command: show the usage. */
    @Override
    public Integer call() {
        spec.commandLine().usage(err);
        return USAGE;
    }

    /** Prints the tool's version and the catalogue it carries. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "inddragelse " + toolVersion(),
                "catalogue " + StandardCatalogue.ID + " " + StandardCatalogue.VERSION,
                "Java " + System.getProperty("java.version")
            };
        }

        static String toolVersion() {
            Properties p = new Properties();
            try (InputStream in = InddragelseCli.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                return "unknown";
            }
            return p.getProperty("version", "unknown");
        }
    }
}
