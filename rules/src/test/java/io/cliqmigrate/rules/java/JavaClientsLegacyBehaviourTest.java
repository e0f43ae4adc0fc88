package io.cliqmigrate.rules.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each legacy case sends today, run against a local stub of the Zoho APIs: one request to the expected
 * endpoint, with the authtoken where the legacy code puts it. This is the "before" half of the behaviour check;
 * fixed code must send the same request with {@code Authorization: Zoho-oauthtoken …} and no authtoken.
 */
class JavaClientsLegacyBehaviourTest {
    private static final String LEGACY_TOKEN = "3f6c1e9b2a7d4c8e0f5a1b6c9d2e7f40";

    @TempDir
    Path classes;
    @RegisterExtension
    final StubZohoServer zoho = StubZohoServer.start();

    static Stream<JavaClientRun> runs() {
        return JavaClientRuns.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void sendsTheAuthtokenWhereTheLegacyCodePutsIt(JavaClientRun run) throws Exception {
        Compilation compilation = JavaClientCase.named(run.caseName()).compile(classes);
        try (URLClassLoader loader = compilation.newClassLoader()) {
            run.runAgainst(loader, zoho.url(), LEGACY_TOKEN);
        }

        assertThat(zoho.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo(run.httpMethod());
            assertThat(request.path()).isEqualTo(run.path());
            assertThat(request.hasHeader("Authorization", "Zoho-authtoken " + LEGACY_TOKEN))
                    .as("Zoho-authtoken header").isEqualTo(run.legacyAuth() == JavaClientRun.LegacyAuth.HEADER);
            assertThat(request.queryParameters().get("authtoken")).as("authtoken query parameter")
                    .isEqualTo(run.legacyAuth() == JavaClientRun.LegacyAuth.QUERY ? List.of(LEGACY_TOKEN) : null);
            assertThat(request.formParameters().get("authtoken")).as("authtoken form field")
                    .isEqualTo(run.legacyAuth() == JavaClientRun.LegacyAuth.FORM ? List.of(LEGACY_TOKEN) : null);
            assertThat(request.urlOrBodyContains("authtoken"))
                    .isEqualTo(run.legacyAuth() != JavaClientRun.LegacyAuth.HEADER);
        });
    }

    @Test
    void everyCaseHasARun() {
        assertThat(JavaClientRuns.all()).extracting(JavaClientRun::caseName)
                .containsExactlyElementsOf(JavaClientCase.all().stream().map(JavaClientCase::name).toList());
    }
}
