package io.cliqmigrate.cli;

import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.rules.BuiltinRules;
import io.cliqmigrate.rules.docs.RuleDocs;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true, description = "Prints a rule's documentation.")
final class ExplainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RULE-ID", description = "a rule id from 'cliq-migrate rules'")
    String ruleId;

    @Override
    public Integer call() {
        Optional<Rule> rule = BuiltinRules.all().stream().filter(r -> r.descriptor().id().equals(ruleId)).findFirst();
        if (rule.isEmpty()) {
            spec.commandLine().getErr().println("cliq-migrate: unknown rule '" + ruleId + "' (see 'cliq-migrate rules')");
            return Main.USAGE;
        }
        try {
            Delivery.deliver(null, spec.commandLine().getOut(), out -> out.write(RuleDocs.text(rule.get())));
        } catch (Delivery.Failed e) {
            spec.commandLine().getErr().println("cliq-migrate: " + e.getMessage());
            return Main.USAGE;
        }
        return Main.OK;
    }
}
