package io.cliqmigrate.reports;

import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.rule.RuleDescriptor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The person-time the findings left ask for: per rule, its findings by how their fix is applied (the tool's safe
 * fixes, its fixes to review, manual work) times the minutes the rule's metadata gives for each, and the total.
 * The assumptions behind the minutes are the rule's own ({@link RuleDescriptor.Effort}).
 */
record EffortEstimate(List<Row> rows, int totalMinutes) {

    record Row(String ruleId, int safe, int review, int manual, RuleDescriptor.Effort effort, int minutes) {}

    static EffortEstimate of(ScanResult result) {
        List<Row> rows = new ArrayList<>();
        int total = 0;
        for (RuleTally tally : RuleTally.of(result)) {
            if (tally.findings().isEmpty()) {
                continue;
            }
            RuleDescriptor.Effort effort = result.rules().stream().filter(d -> d.id().equals(tally.id()))
                    .map(RuleDescriptor::effort).findFirst().orElse(RuleDescriptor.Effort.NONE);
            Map<Fix.Applicability, Integer> counts = new EnumMap<>(Fix.Applicability.class);
            for (Finding f : tally.findings()) {
                counts.merge(applied(f), 1, Integer::sum);
            }
            int minutes = 0;
            for (Map.Entry<Fix.Applicability, Integer> e : counts.entrySet()) {
                minutes += e.getValue() * effort.minutes(e.getKey());
            }
            rows.add(new Row(tally.id(), counts.getOrDefault(Fix.Applicability.SAFE, 0),
                    counts.getOrDefault(Fix.Applicability.REVIEW, 0), counts.getOrDefault(Fix.Applicability.MANUAL, 0),
                    effort, minutes));
            total += minutes;
        }
        return new EffortEstimate(List.copyOf(rows), total);
    }

    /** How a finding's fix is applied: the tool's automatic fix, else by hand. */
    static Fix.Applicability applied(Finding f) {
        Fix fix = FixDiffs.automatic(f);
        return fix == null ? Fix.Applicability.MANUAL : fix.applicability();
    }

    /** Minutes as a planner reads them: "45 min", "3.5 h", "2 person-days (15 h)" at 7.5 h a day. */
    static String duration(int minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        String hours = hours(minutes);
        if (minutes < 450) {
            return hours;
        }
        String days = oneDecimal(minutes / 450.0);
        return days + (days.equals("1") ? " person-day (" : " person-days (") + hours + ")";
    }

    private static String hours(int minutes) {
        return oneDecimal(minutes / 60.0) + " h";
    }

    private static String oneDecimal(double value) {
        String text = String.format(java.util.Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
