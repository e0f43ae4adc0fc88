package io.cliqmigrate.core.rule;

import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.RelatedLocation;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.model.TextRange;
import java.util.List;

/** Where a rule reports. Id, severity and help link are filled in from the rule's metadata. */
public interface RuleContext {

    SourceFile file();

    /**
     * Says that a secret value (a password, a token, a client secret) is written at {@code value}: every code
     * frame of the file that shows it masks it. A rule whose finding points at the value itself says so here;
     * a key, a name, a path or a URL is never a value.
     */
    void secret(TextRange value);

    void report(TextRange range, String message, List<RelatedLocation> related, List<Fix> fixes,
                java.util.Map<String, String> properties);

    default void report(TextRange range, String message, List<RelatedLocation> related, List<Fix> fixes) {
        report(range, message, related, fixes, java.util.Map.of());
    }

    default void report(TextRange range, String message) {
        report(range, message, List.of(), List.of());
    }

    /** Reports a finding whose range is a secret value itself: it is masked in every code frame. */
    default void reportSecret(TextRange value, String message, List<RelatedLocation> related, List<Fix> fixes) {
        secret(value);
        report(value, message, related, fixes);
    }

    /**
     * The Deluge connection a fix names for {@code service} ({@link Connections#SERVICES}): the link name the user
     * configured ({@code --connection crm=zcrm}, or {@code fix.connections} in the configuration), else a
     * placeholder.
     */
    default Connections.Link connection(String service) {
        return Connections.link(service, java.util.Map.of());
    }

    /**
     * The class a Java rewrite to OAuth gets its access tokens from, settled once per scan root by the engine (the
     * {@code fix.tokenProvider} setting or {@code --token-provider}, else a generated one already in the tree,
     * else {@code ZohoOAuthTokens} next to the code that uses the authtoken). When it does not {@link
     * TokenProvider#exists() exist}, a fix adds it with {@link io.cliqmigrate.core.model.TextEdit#create}.
     */
    default TokenProvider tokenProvider() {
        return TokenProvider.DEFAULT;
    }

    /**
     * The Zoho product a Deluge script runs in ({@code crm}, {@code creator}, {@code cliq} or {@code other}), as the
     * root's configuration says for its path ({@code deluge.host}, {@code deluge.hosts}); empty when it does not.
     */
    default java.util.Optional<String> delugeHost() {
        return java.util.Optional.empty();
    }

    /**
     * Offers a fix that resolves no finding of this file but completes another file's fix: it {@linkplain
     * Fix#covers() covers} what that fix {@linkplain Fix#needs() needs} (a request here that reads another file's URL
     * constant gets the header, so that the constant may lose its authtoken). The engine applies it only as part of
     * such a fix.
     */
    default void offer(Fix fix) {}

    /**
     * The facts of the Java file of the scan that declares the interface {@code qualifiedName}, where one file does
     * and a method of it holds an authtoken-era word ({@link io.cliqmigrate.core.code.JavaShape#methods()}): a call
     * here of that client's method (Retrofit, Feign) changes with the rewrite of the interface, which the rule
     * decides from that file's facts.
     */
    default java.util.Optional<io.cliqmigrate.core.code.CodeFacts> clientInterface(String qualifiedName) {
        return java.util.Optional.empty();
    }

    /** An edit of this file. */
    default io.cliqmigrate.core.model.TextEdit edit(TextRange range, String replacement) {
        return new io.cliqmigrate.core.model.TextEdit(file().path(), range, replacement);
    }

    default void report(TextRange range, String message, Fix... fixes) {
        report(range, message, List.of(), List.of(fixes));
    }
}
