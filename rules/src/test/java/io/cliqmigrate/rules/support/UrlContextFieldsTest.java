package io.cliqmigrate.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A body opened by the authtoken counts as request fields only when more fields follow it. */
class UrlContextFieldsTest {
    private static final String HOLE = "\u0000";

    @Test
    void aScopeFieldAddedByAHelperMakesTheTokenAField() {
        assertThat(UrlContext.scopeAddedByHelper("authtoken=" + HOLE + "scope" + HOLE + "fromIndex" + HOLE)).isTrue();
        assertThat(UrlContext.scopeAddedByHelper("authtoken=" + HOLE + "; path=/")).isFalse();
        assertThat(UrlContext.opensTokenFields("authtoken=" + HOLE + "&scope=crmapi")).isTrue();
    }

    @Test
    void aMinifiedStatementOfManyHolesIsReadWithoutRunningOutOfStack() {
        String statement = "authtoken=" + HOLE.repeat(200_000) + "path";
        assertThat(UrlContext.scopeAddedByHelper(statement)).isFalse();
        assertThat(UrlContext.scopeAddedByHelper(statement + HOLE + "scope")).isTrue();
    }
}
