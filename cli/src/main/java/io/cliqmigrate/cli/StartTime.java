package io.cliqmigrate.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The time a scan started, as its reports show it: now, to the second, in UTC; or the time
 * {@code SOURCE_DATE_EPOCH} names (seconds since 1970), the reproducible-builds convention, so that two runs over the
 * same files can give byte-identical reports.
 */
final class StartTime {
    static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    private StartTime() {}

    static String of(Map<String, String> env) {
        String epoch = env.get(SOURCE_DATE_EPOCH);
        if (epoch != null && epoch.matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch)).toString();
        }
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
