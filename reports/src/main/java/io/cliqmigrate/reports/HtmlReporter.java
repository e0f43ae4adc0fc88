package io.cliqmigrate.reports;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import io.cliqmigrate.core.engine.ScanResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The HTML migration report: one self-contained page (inline CSS, script and SVG charts; a Content-Security-Policy
 * that lets the page fetch nothing and run only its own script and style, named by hash). The layout is the jte
 * template {@code report.jte}, compiled to Java at build time and escaping every value as HTML; the findings are a
 * JSON data island the script draws the table from ({@link HtmlData}).
 */
public final class HtmlReporter implements Reporter {
    /** The page's own style and script, and the policy that allows exactly them. */
    public record Assets(String css, String js, String csp) {}

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final Assets ASSETS = assets();

    private final ReportOptions options;

    public HtmlReporter(ReportOptions options) {
        this.options = options;
    }

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String defaultExtension() {
        return "html";
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        Progress progress = options.previous() == null ? null : Progress.of(result, options.previous());
        HtmlPage page = HtmlPage.of(result, options, progress, HtmlData.of(result, options, progress));
        ENGINE.render("report.jte", Map.of("page", page, "assets", ASSETS), new WriterOutput(out));
        out.flush();
    }

    private static Assets assets() {
        String css = resource("html/report.css");
        String js = resource("html/report.js");
        String csp = "default-src 'none'; style-src '" + sha256(css) + "'; script-src '" + sha256(js)
                + "'; img-src data:; base-uri 'none'; form-action 'none'";
        return new Assets(css, js, csp);
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReporter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
