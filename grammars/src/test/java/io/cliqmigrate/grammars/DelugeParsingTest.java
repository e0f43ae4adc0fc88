package io.cliqmigrate.grammars;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.grammars.deluge.DelugeLexer;
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
            assertThat(t.getChannel()).isEqualTo(org.antlr.v4.runtime.Token.HIDDEN_CHANNEL);
        });
    }

    @Test
    void reportsUnbalancedBracketWithLineAndColumn() {
        DelugeParsing.Result result = DelugeParsing.parse("if(a == 1)\n{\n info a;\n");
        assertThat(result.errors()).isNotEmpty();
        assertThat(result.errors().get(0).line()).isEqualTo(4);
    }
}
