package io.cliqmigrate.rules.support.java;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.rules.support.SettingRewrites;
import io.cliqmigrate.rules.support.SpringBeans;
import io.cliqmigrate.rules.support.UrlContext;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spring XML bean property set to a Zoho URL with the authtoken ({@code <property name="onCallUrl"
 * value="https://cliq.zoho.com/…?authtoken=${zoho.cliq.authtoken}"/>}): the URL loses the token where the bean's
 * class sends the requests to that property's URL with the OAuth header, in the same fix ({@link Fix#propertyKey}).
 */
public final class BeanPropertyUrls {
    /** The scheme and host a URL starts with, where a path follows. */
    private static final Pattern ORIGIN = Pattern.compile("\\s*(https?://[A-Za-z0-9.-]+(?::\\d+)?)(?=/)");

    private BeanPropertyUrls() {}

    public static Optional<Fix> fix(RuleContext ctx, CodeFacts facts, StringExpr url) {
        if (!"xml".equals(ctx.file().languageId())) {
            return Optional.empty();
        }
        Optional<SpringBeans.Property> property = SpringBeans.propertyAt(ctx.file().text(), url.range().start());
        FoldedString folded = facts.fold(url);
        Matcher origin = ORIGIN.matcher(folded.text());
        if (property.isEmpty() || !origin.lookingAt()
                || UrlContext.hostBefore(folded, origin.end()) != UrlContext.Host.ZOHO) {
            return Optional.empty();
        }
        String className = property.get().className();
        String name = property.get().name();
        return JavaUrlStrip.edits(ctx, facts, url).filter(edits -> !edits.isEmpty()).map(edits -> Fix.review(
                        SettingRewrites.OAUTH_HEADER, "Remove the authtoken from the URL this gives "
                                + className.substring(className.lastIndexOf('.') + 1) + "." + name + ", which sends "
                                + "it an OAuth access token in the Authorization header instead (in the same fix)",
                        edits, SettingRewrites.REVOKE)
                .needing(List.of(Fix.propertyKey(className, name, origin.group(1) + "/"))));
    }
}
