package io.cliqmigrate.grammars;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.grammars.deluge.DelugeLexer;
import io.cliqmigrate.grammars.deluge.DelugeParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

class DelugeParsingTest {

    @Test
    void keepsCommentsOnHiddenChannelAndReportsNoErrorForBalancedScript() {
        DelugeParsing.Result result = DelugeParsing.parse("""
                // post the lead to Cliq
                resp = postUrl("https://cliq.zoho.com/api/v2/bots/b/message?authtoken=" + token, params);
                """);
        assertThat(result.errors()).isEmpty();
        assertThat(result.tokens()).anySatisfy(t -> {
            assertThat(t.getType()).isEqualTo(DelugeLexer.LINE_COMMENT);
            assertThat(t.getChannel()).isEqualTo(Token.HIDDEN_CHANNEL);
        });
    }

    @Test
    void acceptsCreatorsInvokeUrlFunctionBesideTheTaskBlock() {
        DelugeParsing.Result result = DelugeParsing.parse("""
                resp = invokeUrl("https://books.zoho.com/api/v3/salesorders/1", "PUT", body, headers, false);
                invokeUrl(url, "GET");
                done = invokeurl
                [
                    url: url
                    type: GET
                ];
                """);
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void reportsUnbalancedBracketWithLineAndColumn() {
        DelugeParsing.Result result = DelugeParsing.parse("if(a == 1)\n{\n info a;\n");
        assertThat(result.errors()).isNotEmpty();
        assertThat(result.errors().get(0).line()).isEqualTo(4);
    }

    @Test
    void tokensCoverTheWholeTextIncludingTrivia() {
        String text = "/* header */\r\nx = \"a\" + 'b'; // done\n\tinfo x;\n";
        DelugeParsing.Result result = DelugeParsing.parse(text);
        StringBuilder rebuilt = new StringBuilder();
        for (Token token : result.tokens()) {
            if (token.getType() != Token.EOF) {
                rebuilt.append(token.getText());
            }
        }
        assertThat(rebuilt.toString()).isEqualTo(text);
        assertThat(result.tokens()).extracting(Token::getType)
                .contains(DelugeLexer.BLOCK_COMMENT, DelugeLexer.LINE_COMMENT, DelugeLexer.WS,
                        DelugeLexer.STRING, DelugeLexer.SQ_STRING);
        assertThat(result.tokens().get(result.tokens().size() - 1).getType()).isEqualTo(Token.EOF);
    }

    @Test
    void treeIsAParserRuleContextForCallersThatDoNotKnowTheStartRule() {
        ParserRuleContext tree = DelugeParsing.parse("info 1;").tree();
        assertThat(tree.getRuleIndex()).isEqualTo(DelugeParser.RULE_script);
    }

    @Test
    void dumpIsIndentedOneNodePerLineWithLabelsAndTokenText() {
        DelugeParsing.Result result = DelugeParsing.parse("// c\nx = a + 1;\n");
        assertThat(DelugeParsing.dump(result)).isEqualTo("""
                script
                  statement
                    simpleStatement
                      postfixExpression #identifier
                        ident
                          IDENT x
                      ASSIGN =
                      expression #additive
                        expression #operand
                          postfixExpression #identifier
                            ident
                              IDENT a
                        PLUS +
                        expression #operand
                          postfixExpression #literalExpression
                            literal
                              NUMBER 1
                      SEMI ;
                  EOF
                """);
    }

    @Test
    void dumpMarksNodesCreatedByErrorRecovery() {
        DelugeParsing.Result result = DelugeParsing.parse("x = 1\ny = 2;\n");
        assertThat(DelugeParsing.dump(result)).contains("error SEMI <missing ';'>");
        assertThat(result.errors()).containsExactly(new DelugeParsing.SyntaxError(1, 6, "missing ';' after '1'"));
    }

    @Test
    void keywordsAreCaseInsensitiveAndSoftKeywordsAreIdentifiers() {
        DelugeParsing.Result result = DelugeParsing.parse("""
                not = zoho.pushNotification(user, "x");
                index = 0; type = "GET"; url = "u"; message = "m"; from = 1; to = 2; each = {}; in = 3;
                FOR EACH INDEX i IN {1,2} { IF(i == 1) { Info i; } ELSE { BREAK; } }
                r = invokeUrl [ url: url type: GET ];
                l = List:String(); m = map(); n = ifNull(a, b);
                """);
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void functionFilesAndBodyOnlyFilesBothParse() {
        DelugeParsing.Result functions = DelugeParsing.parse("""
                void automation.fn(String id, list:int ids) { info id; }
                string standalone.f(Int n) { return n.toString(); }
                map fn(map input) { return input; }
                list:string names() { return List:String(); }
                """);
        assertThat(functions.errors()).isEmpty();
        assertThat(functions.tree().statement()).allSatisfy(s -> assertThat(s.functionDefinition()).isNotNull());
        assertThat(functions.tree().statement(0).functionDefinition().qualifiedName().getText())
                .isEqualTo("automation.fn");

        DelugeParsing.Result body = DelugeParsing.parse("resp = Map();\nreturn resp;\n");
        assertThat(body.errors()).isEmpty();
        assertThat(body.tree().statement()).noneSatisfy(s -> assertThat(s.functionDefinition()).isNotNull());
    }

    @Test
    void taskBlockKeysMayContainDashesAndSpaces() {
        DelugeParsing.Result result = DelugeParsing.parse("""
                sendmail
                [
                    from :zoho.adminuserid
                    reply to :"a@example.com"
                    content type :HTML
                    subject :"a" +
                        "b"
                    message :"m"
                ]
                r = invokeurl
                [
                    url :u
                    content-type :"application/json"
                    response-format :JSON
                ];
                """);
        assertThat(result.errors()).isEmpty();
        List<String> keys = new java.util.ArrayList<>();
        collectKeys(result.tree(), keys);
        assertThat(keys).containsExactly("from", "replyto", "contenttype", "subject", "message", "url",
                "content-type", "response-format");
    }

    private static void collectKeys(org.antlr.v4.runtime.tree.ParseTree node, List<String> keys) {
        if (node instanceof DelugeParser.TaskKeyContext key) {
            keys.add(key.getText());
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            collectKeys(node.getChild(i), keys);
        }
    }

    @Test
    void multiLineStringsAreStringsButAnUnclosedQuoteStillEndsAtTheLineEnd() {
        DelugeParsing.Result multiLine = DelugeParsing.parse("html = \"<p>\nhi</p>\";\ninfo html;\n");
        assertThat(multiLine.errors()).isEmpty();
        assertThat(multiLine.tokens()).filteredOn(t -> t.getType() == DelugeLexer.STRING)
                .extracting(Token::getText).containsExactly("\"<p>\nhi</p>\"");

        DelugeParsing.Result unclosed = DelugeParsing.parse("a = \"open;\nb = \"x\";\n");
        assertThat(unclosed.errors()).containsExactly(
                new DelugeParsing.SyntaxError(1, 5, "unterminated string literal"));
        assertThat(unclosed.tree().statement()).hasSize(2);
        assertThat(unclosed.tree().statement(1).getText()).isEqualTo("b=\"x\";");
    }

    @Test
    void neverWritesToStandardError() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            DelugeParsing.parse("x = \"open\ny = ;\n]]]\nif ( {\n");
            DelugeParsing.parse("ok = 1;");
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void errorsComeSortedWithOneBasedPositions() {
        DelugeParsing.Result result = DelugeParsing.parse("a = 1;\nb = \"open;\nc = 2 # 3;\n");
        assertThat(result.errors()).extracting(DelugeParsing.SyntaxError::line).isSorted();
        assertThat(result.errors().get(0)).isEqualTo(
                new DelugeParsing.SyntaxError(2, 5, "unterminated string literal"));
        assertThat(result.errors()).contains(new DelugeParsing.SyntaxError(3, 7, "unexpected character '#'"));
    }

    @Test
    void aTwoThousandLineScriptParsesWellUnderASecond() {
        StringBuilder big = new StringBuilder();
        List<Path> valid = DelugeCorpusTest.corpus().stream().filter(p -> !DelugeCorpusTest.isBroken(p)).toList();
        while (big.toString().lines().count() < 2_000) {
            for (Path file : valid) {
                big.append(DelugeCorpusTest.read(file)).append('\n');
            }
        }
        String text = big.toString();
        assertThat(DelugeParsing.parse(text).errors()).isEmpty(); // warm-up (class loading, JIT, DFA cache)
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            DelugeParsing.parse(text);
            best = Math.min(best, System.nanoTime() - start);
        }
        assertThat(best / 1_000_000).as("milliseconds for %d lines", text.lines().count()).isLessThan(750);
    }
}
