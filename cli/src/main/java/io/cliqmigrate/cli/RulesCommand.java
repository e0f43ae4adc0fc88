package io.cliqmigrate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleDescriptor;
import io.cliqmigrate.reports.JsonReporter;
import io.cliqmigrate.rules.BuiltinRules;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists the rule catalogue.")
final class RulesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() throws Exception {
        Delivery.Body body;
        if (format.equals("json")) {
            ArrayNode rules = new ObjectMapper().createArrayNode();
            BuiltinRules.all().forEach(rule -> rules.add(JsonReporter.rule(rule.descriptor(), true)));
            body = out -> JsonReporter.writeJson(rules, out);
        } else if (format.equals("text")) {
            int width = BuiltinRules.all().stream().mapToInt(r -> r.descriptor().id().length()).max().orElse(0);
            body = out -> {
                for (Rule rule : BuiltinRules.all()) {
                    RuleDescriptor d = rule.descriptor();
                    out.write(String.format("%-" + width + "s  %-8s %s%n", d.id(), d.severity().id(), d.summary()));
                }
            };
        } else {
            spec.commandLine().getErr().println("cliq-migrate: unknown format '" + format + "' (expected text or json)");
            return Main.USAGE;
        }
        try {
            Delivery.deliver(null, spec.commandLine().getOut(), body);
        } catch (Delivery.Failed e) {
            spec.commandLine().getErr().println("cliq-migrate: " + e.getMessage());
            return Main.USAGE;
        }
        return Main.OK;
    }
}
