package org.rectransfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** --verbose, -vv and --quiet: the level of the application's logs on stderr, and the progress lines. */
class VerbosityTest {
    private static final Logger APPLICATION = (Logger) LoggerFactory.getLogger(Verbosity.LOGGER);

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream realErr;

    @BeforeEach
    void listen() {
        events.start();
        APPLICATION.addAppender(events);
        // logback's console appender looks System.err up at each write, so this catches the real log lines.
        realErr = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(realErr);
        APPLICATION.detachAppender(events);
        APPLICATION.setLevel(new Verbosity(0, false).level());
    }

    /** 25 users u0..u24 (user k has k+1 items), and one line with a single field. */
    private Path dataWithABadLine() throws IOException {
        StringBuilder text = new StringBuilder("user\titem\tseq\n");
        for (int u = 0; u < 25; u++) {
            for (int i = 0; i <= u; i++) text.append("u").append(u).append("\ti").append(i).append('\t').append(i).append('\n');
        }
        text.append("lonely\n");
        Path file = dir.resolve("Office.tsv");
        Files.writeString(file, text);
        return file;
    }

    private List<ILoggingEvent> at(Level level) {
        return events.list.stream().filter(event -> event.getLevel().equals(level)).toList();
    }

    @Test
    void byDefaultOnlyWarningsAreLoggedAndTheCommandsOwnWarningIsPrinted() throws IOException {
        Path file = dataWithABadLine();
        CliRun run = CliRun.of("data", "stats", file.toString(), "--skip-bad-lines");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(APPLICATION.getLevel()).isEqualTo(Level.WARN);
        assertThat(at(Level.INFO)).isEmpty();
        assertThat(run.err()).contains("warning: " + file + ": skipped 1 malformed line(s)");
        assertThat(stderr.toString(StandardCharsets.UTF_8)).doesNotContain("INFO");
    }

    @Test
    void verboseLogsWhatTheCommandDoesAtInfoOnStderr() throws IOException {
        Path file = dataWithABadLine();
        CliRun run = CliRun.of("data", "stats", file.toString(), "--skip-bad-lines", "--verbose");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(APPLICATION.getLevel()).isEqualTo(Level.INFO);
        assertThat(at(Level.INFO)).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(message -> assertThat(message).startsWith("read " + file + " as delimited (detected)"));
        assertThat(at(Level.DEBUG)).isEmpty();
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("INFO").contains("read " + file + " as delimited");
        assertThat(run.err()).contains("warning: " + file + ": skipped 1 malformed line(s)");
    }

    @Test
    void twoVerboseFlagsAnywhereOnTheLineLogMaintainerDetail() throws IOException {
        Path file = dataWithABadLine();
        CliRun run = CliRun.of("-v", "data", "stats", file.toString(), "--skip-bad-lines", "-v");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(APPLICATION.getLevel()).isEqualTo(Level.DEBUG);
        assertThat(at(Level.DEBUG)).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(message -> assertThat(message).contains("1 bad lines skipped"));

        APPLICATION.setLevel(Level.WARN);
        assertThat(CliRun.of("data", "stats", file.toString(), "--skip-bad-lines", "-vv").exitCode()).isZero();
        assertThat(APPLICATION.getLevel()).isEqualTo(Level.DEBUG);
    }

    @Test
    void quietPrintsNeitherLogsNorProgressButTheResultStays() throws IOException {
        Path file = dataWithABadLine();
        CliRun run = CliRun.of("data", "stats", file.toString(), "--skip-bad-lines", "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(APPLICATION.getLevel()).isEqualTo(Level.ERROR);
        assertThat(at(Level.INFO)).isEmpty();
        assertThat(run.err()).isEmpty();
        assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(run.out()).contains("Office");
    }

    @Test
    void quietStillPrintsTheErrorThatStopsACommand() {
        CliRun run = CliRun.of("-q", "data", "stats", dir.resolve("missing.tsv").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("rectransfer: ").contains("missing.tsv").hasLineCount(1);
    }

    @Test
    void quietAndVerboseTogetherAreBadUsage() throws IOException {
        CliRun run = CliRun.of("data", "stats", dataWithABadLine().toString(), "--quiet", "--verbose");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--quiet and --verbose contradict each other");
        assertThat(run.out()).isEmpty();
    }
}
