package se.esfkg.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;

/**
 * The production logging (src/main/resources/logback.xml, which the tests' logback-test.xml hides from
 * the servers they start): the access and query logs leave the request thread through one
 * asynchronous appender to the console that discards nothing and never drops a line when its queue
 * is full (the request waits instead).
 */
class RequestLogTests {

    @Test
    void accessAndQueryLinesGoThroughOneAsyncAppenderThatDropsNothing() throws Exception {
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        URL production = getClass().getResource("/logback.xml");
        assertThat(production).isNotNull();
        configurator.doConfigure(production);

        Logger access = context.getLogger("esf.access");
        Logger query = context.getLogger("esf.query");
        AsyncAppender async = (AsyncAppender) onlyAppender(access);
        assertThat(onlyAppender(query)).isSameAs(async);
        assertThat(access.isAdditive()).isFalse();
        assertThat(query.isAdditive()).isFalse();
        assertThat(async.getDiscardingThreshold()).isZero();

        assertThat(async.isNeverBlock()).isFalse();
        assertThat(async.getAppender("STDERR")).isNotNull();
        context.stop();
    }

    private static Appender<ILoggingEvent> onlyAppender(Logger logger) {
        var appenders = logger.iteratorForAppenders();
        assertThat(appenders.hasNext()).as(logger.getName()).isTrue();
        Appender<ILoggingEvent> appender = appenders.next();
        assertThat(appenders.hasNext()).as(logger.getName()).isFalse();
        return appender;
    }
}
