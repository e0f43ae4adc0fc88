package io.cliqmigrate.rules.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compile check itself: it sees the client libraries, names each problem by file and line, and runs the result. */
class JavaSourcesTest {
    private static final String PATH = "com/acme/cliq/Ping.java";

    @TempDir
    Path classes;

    @Test
    void codeUsingAClientLibraryCompilesCleanAndRunsInItsOwnClassLoader() throws Exception {
        JavaSources sources = JavaSources.of(Map.of(PATH, """
                package com.acme.cliq;

                public class Ping {
                    public static String url() {
                        return okhttp3.HttpUrl.get("https://cliq.zoho.com/api/v2/channelsbyname/ops/message")
                                .newBuilder().addQueryParameter("zapikey", "1001.x").build().toString();
                    }
                }
                """));

        Compilation compilation = sources.compile(17, classes);

        assertThat(compilation.diagnostics()).isEmpty();
        try (URLClassLoader loader = compilation.newClassLoader()) {
            Class<?> ping = loader.loadClass("com.acme.cliq.Ping");
            assertThat(ping.getClassLoader()).isSameAs(loader);
            assertThat(ping.getMethod("url").invoke(null))
                    .isEqualTo("https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=1001.x");
        }
    }

    @Test
    void eachProblemIsOneLineWithTheRelativePathAndLine() {
        JavaSources sources = JavaSources.of(Map.of(PATH, """
                package com.acme.cliq;

                public class Ping {
                    String url() {
                        return missingBaseUrl + "/message";
                    }
                }
                """));

        Compilation compilation = sources.compile(17, classes);

        assertThat(compilation.hasErrors()).isTrue();
        assertThat(compilation.diagnostics()).singleElement().asString()
                .startsWith("com/acme/cliq/Ping.java:5: error: cannot find symbol");
    }

    @Test
    void release8RejectsWhatJava8CannotCompile() {
        JavaSources sources = JavaSources.of(Map.of(PATH, """
                package com.acme.cliq;

                public class Ping {
                    Object client() {
                        var client = java.net.http.HttpClient.newHttpClient();
                        return client;
                    }
                }
                """));

        assertThat(sources.compile(17, classes.resolve("17")).diagnostics()).isEmpty();
        assertThat(sources.compile(8, classes.resolve("8")).report())
                .contains("com/acme/cliq/Ping.java:5: error: ");
    }

    @Test
    void aFileGivenAsTextReplacesTheOneOfTheSamePath() {
        JavaSources broken = JavaSources.of(Map.of(PATH, "package com.acme.cliq; class Ping { int x = ; }"));

        JavaSources fixed = broken.with(PATH, "package com.acme.cliq; class Ping { int x = 1; }");

        assertThat(fixed.files()).containsOnlyKeys(PATH);
        assertThat(fixed.compile(17, classes).diagnostics()).isEmpty();
    }
}
