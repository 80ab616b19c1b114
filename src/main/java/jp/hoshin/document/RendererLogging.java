package jp.hoshin.document;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the PDF renderer's messages to the application log (SLF4J, logger {@code com.openhtmltopdf.*})
 * instead of standard error. Its INFO messages (timings, font loading) are logged at DEBUG.
 */
final class RendererLogging implements XRLogger {

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger logger = LoggerFactory.getLogger(where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            logger.error(msg, th);
        } else if (value >= Level.WARNING.intValue()) {
            logger.warn(msg, th);
        } else if (value >= Level.FINE.intValue()) {
            logger.debug(msg, th);
        } else {
            logger.trace(msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels come from the application's logging configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
                || LoggerFactory.getLogger("com.openhtmltopdf").isDebugEnabled();
    }
}
