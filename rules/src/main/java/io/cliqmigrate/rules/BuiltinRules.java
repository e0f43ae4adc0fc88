package io.cliqmigrate.rules;

import io.cliqmigrate.core.rule.Rule;
import java.util.Comparator;
import java.util.List;

/** The catalogue of built-in rules, sorted by id. */
public final class BuiltinRules {
    private BuiltinRules() {}

    /** The ids of the built-in rules. */
    public static java.util.Set<String> ids() {
        return all().stream().map(r -> r.descriptor().id()).collect(java.util.stream.Collectors.toSet());
    }

    public static List<Rule> all() {
        return List.<Rule>of(
                        new AuthtokenQueryParamRule(),
                        new ZohoAuthtokenHeaderRule(),
                        new AuthtokenFormParamRule(),
                        new AuthtokenGenerationEndpointRule(),
                        new AuthtokenResponseParsingRule(),
                        new LegacyAuthtokenScopeRule(),
                        new ZohoPasswordCredentialRule(),
                        new CrmV1EndpointRule(),
                        new HardcodedLegacyTokenRule(),
                        new AuthtokenConfigReadRule(),
                        new CliqApiInventoryRule(),
                        new DelugeDeprecatedUrlTaskRule(),
                        new DelugeTaskWithoutConnectionRule(),
                        new DelugeInvokeurlWithoutConnectionRule(),
                        new DelugeIntegrationInventoryRule(),
                        new HardcodedOauthSecretRule(),
                        new ConfigAuthtokenSettingRule())
                .stream().sorted(Comparator.comparing(r -> r.descriptor().id())).toList();
    }
}
