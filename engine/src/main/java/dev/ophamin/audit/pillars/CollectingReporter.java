package dev.ophamin.audit.pillars;

import java.util.ArrayList;
import java.util.List;
import net.sourceforge.pmd.util.log.PmdReporter;
import org.slf4j.event.Level;

/** PMD's message reporter, kept quiet: errors are collected for the pillar's error message. */
final class CollectingReporter implements PmdReporter {
    private final List<String> errors = new ArrayList<>();

    @Override
    public boolean isLoggable(Level level) {
        return level == Level.ERROR;
    }

    @Override
    public void logEx(Level level, String message, Object[] args, Throwable error) {
        if (level == Level.ERROR) {
            String m;
            try {
                m = message == null ? String.valueOf(error) : java.text.MessageFormat.format(message, args);
            } catch (IllegalArgumentException e) {
                m = message;
            }
            errors.add(m.strip().replace('\n', ' '));
        }
    }

    @Override
    public int numErrors() {
        return errors.size();
    }

    String firstError() {
        return errors.isEmpty() ? "" : ": " + errors.get(0);
    }
}
