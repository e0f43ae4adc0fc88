package io.cliqmigrate.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.Location;
import io.cliqmigrate.core.model.ProcessingError;
import io.cliqmigrate.core.model.RelatedLocation;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.model.SkippedFile;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.model.TextRange;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML report: hostile input stays text, the page runs only its own script, and a large scan stays small. */
class HtmlReporterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL);

    @Test
    void hostileFileNamesMessagesAndCodeRenderOnlyAsText() throws IOException {
        Finding image = finding("src/<img src=x onerror=alert(1)>.java", 3,
                "Legacy authtoken in </script><script>alert(1)</script>",
                "String u = \"</script><script>alert(1)</script>?authtoken=\" + t; // \u2028<!--",
                List.of(new RelatedLocation("javascript:alert(1)", 1, "<b>defined</b> here")));
        Finding scriptPath = finding("javascript:alert(1)", 1, "message", "<svg onload=alert(1)>", List.of());
        ScanResult result = new ScanResult("cliq-migrate", "0.0.0-test", List.of(ReporterGoldenTest.scenarios()
                .get("single").rules().get(1)), List.of(image, scriptPath),
                List.of(ProcessingError.of("<iframe src=javascript:alert(1)>.java", ProcessingError.Kind.READ,
                        "cannot read <b>")),
                List.of(new SkippedFile("\"><img src=x>.properties", "binary")), new ScanResult.Stats(3, 3, 3));

        String html = render(result);

        assertThat(html).doesNotContain("<img", "<svg onload", "<iframe", "<b>", "<!--", "\u2028")
                .doesNotContainPattern("href=\"\\s*javascript:")
                .contains("src/\\u003cimg src=x onerror=alert(1)\\u003e.java",
                        "&lt;iframe src=javascript:alert(1)&gt;.java", "&gt;&lt;img src=x&gt;.properties");
        assertThat(Pattern.compile("<script").matcher(html).results().count()).as("the page's own two scripts")
                .isEqualTo(2);
        // the data island reads back as the hostile text itself, for the script to show with textContent
        JsonNode data = data(html);
        assertThat(data.get("findings").get(0).get("p").asText()).isEqualTo("src/<img src=x onerror=alert(1)>.java");
        assertThat(data.get("findings").get(0).get("f").asText()).contains("</script><script>alert(1)</script>");
        assertThat(data.get("findings").get(1).get("p").asText()).isEqualTo("javascript:alert(1)");
    }

    @Test
    void thePolicyAllowsExactlyThePagesOwnScriptAndStyleAndFetchesNothing() throws Exception {
        String html = render(ReporterGoldenTest.scenarios().get("with-fixes"));

        Matcher script = SCRIPT.matcher(html);
        assertThat(script.find()).isTrue();
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        assertThat(style.find()).isTrue();
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; "
                + "style-src &#39;" + sha256(style.group(1)) + "&#39;; script-src &#39;" + sha256(script.group(1))
                + "&#39;; img-src data:; base-uri &#39;none&#39;; form-action &#39;none&#39;\">");
        // links to the rule documentation are navigation the reader chooses; nothing is loaded
        assertThat(html).doesNotContainPattern("\\ssrc=\"").doesNotContain("<link", "@import", "url(");
    }

    @Test
    void aFindingCarriesItsFixAsTheDiffFixWouldPrintAndItsSuppressionComment() throws IOException {
        String path = "src/CliqClient.java";
        Finding query = ReporterGoldenTest.query(path, 21, false, List.of(Fix.review("webhook-token",
                "Use the channel's webhook token", List.of(new TextEdit(path, new TextRange(310, 329),
                        "/message?zapikey=", new Location(path, 21, 20, 21, 39, new TextRange(310, 329)))))));
        JsonNode data = data(render(ReporterGoldenTest.result(List.of(query), List.of(), List.of())));

        JsonNode f = data.get("findings").get(0);
        JsonNode texts = data.get("texts");
        assertThat(texts.get(f.get("d").asInt()).asText()).isEqualTo("""
                --- a/src/CliqClient.java
                +++ b/src/CliqClient.java
                @@ -21,1 +21,1 @@
                -                + "/message?authtoken=" + authToken;
                +                + "/message?zapikey=" + authToken;""");
        assertThat(f.get("fa").asText()).isEqualTo("review");
        assertThat(texts.get(f.get("sup").asInt()).asText())
                .isEqualTo("// cliq-migrate:ignore[authtoken-query-param] <why this use may stay>");
    }

    @Test
    void twentyThousandFindingsRenderInUnderTwentyFiveMegabytes() throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String path = "src/main/java/com/acme/module" + (i % 200) + "/LegacyCliqClient" + (i % 37) + ".java";
            int line = 20 + i % 500;
            String code = "        String url = CLIQ_BASE + \"/channelsbyname/ops" + i + "/message?authtoken=\" + t;";
            TextEdit edit = new TextEdit(path, new TextRange(1000, 1010), "zapikey=", new Location(path, line, 65,
                    line, 75, new TextRange(1000, 1010)));
            findings.add(new Finding("authtoken-query-param", i % 3 == 0 ? Severity.ERROR : Severity.WARNING,
                    new Location(path, line, 30, line, 80, new TextRange(990, 1040)), "Legacy authtoken in a Zoho URL "
                    + "query. Send 'Authorization: Zoho-oauthtoken <access token>' instead", code + "\n        post(url);",
                    String.format("%024x", i), false, null,
                    List.of(new RelatedLocation("src/main/java/com/acme/Endpoints.java", 7,
                            "value of Endpoints.CLIQ_BASE is defined here")),
                    List.of(Fix.review("webhook-token", "Use the channel's webhook token", List.of(edit),
                            "Create a webhook token for the channel")), "https://example.test/rules/q.md"));
        }
        ScanResult result = new ScanResult("cliq-migrate", "0.0.0-test",
                ReporterGoldenTest.scenarios().get("single").rules(), findings, List.of(), List.of(),
                new ScanResult.Stats(7400, 7400, 7400));

        String html = render(result);

        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(25 * 1024 * 1024);
        assertThat(data(html).get("findings").size()).isEqualTo(20_000);
        assertThat(html).contains("<dd id=\"count-findings\">20000</dd>");
    }

    @Test
    void theDataIslandEscapesWhatCouldEndOrConfuseItsScriptElement() {
        assertThat(HtmlData.island("{\"a\":\"</script><!--&\u2028\u2029\"}"))
                .isEqualTo("{\"a\":\"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029\"}");
    }

    private static Finding finding(String path, int line, String message, String code, List<RelatedLocation> related) {
        return new Finding("authtoken-query-param", Severity.ERROR, new Location(path, line, 1, line, 5,
                new TextRange(10, 14)), message, code, "0123456789abcdef01234567", false, null, related, List.of(),
                "javascript:alert(1)");
    }

    private static String render(ScanResult result) throws IOException {
        StringWriter out = new StringWriter();
        new HtmlReporter(ReportOptions.plain(false)).write(result, out);
        return out.toString();
    }

    private static JsonNode data(String html) throws IOException {
        Matcher m = DATA.matcher(html);
        assertThat(m.find()).as("the data island").isTrue();
        return MAPPER.readTree(m.group(1));
    }

    private static String sha256(String text) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
