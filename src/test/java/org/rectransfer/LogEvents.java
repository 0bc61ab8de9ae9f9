package org.rectransfer;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** What a class logs while a test runs, whatever level the application's loggers are at. */
public final class LogEvents implements AutoCloseable {
    private final Logger logger;
    private final Level levelBefore;
    private final boolean additiveBefore;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogEvents(Class<?> source, Level level) {
        logger = (Logger) LoggerFactory.getLogger(source);
        levelBefore = logger.getLevel();
        additiveBefore = logger.isAdditive();
        logger.setLevel(level);
        logger.setAdditive(false);    // captured here, not printed on the test's console
        appender.start();
        logger.addAppender(appender);
    }

    /** @return a capture of what {@code source} logs at {@code level} and above, until closed */
    public static LogEvents of(Class<?> source, Level level) {
        return new LogEvents(source, level);
    }

    /** @return the formatted messages logged at exactly {@code level}, in order */
    public List<String> at(Level level) {
        return appender.list.stream().filter(event -> event.getLevel().equals(level)).map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** @return every event, in order */
    public List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(levelBefore);
        logger.setAdditive(additiveBefore);
    }
}
