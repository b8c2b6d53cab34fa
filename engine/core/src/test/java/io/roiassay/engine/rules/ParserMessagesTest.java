package io.roiassay.engine.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParserMessagesTest {

    @Test
    void controlCharacterInQuotedInput_isNamed() {
        assertThat(ParserMessages.showInvisible("[ERR 101] Line 7:2 no viable alternative at input '\u0001'"))
                .isEqualTo("[ERR 101] Line 7:2 no viable alternative at input <U+0001> (an invisible control character: delete it)");
        assertThat(ParserMessages.showInvisible("[ERR 102] Line 3:0 mismatched input '\u200Brule' in rule"))
                .isEqualTo("[ERR 102] Line 3:0 mismatched input <U+200B>rule (an invisible control character: delete it) in rule");
    }

    @Test
    void controlCharacterTheLexerDropped_isReadFromTheFileAtTheMessagesPosition() {
        String source = "rule \"x\"\nthen\n  \u0001\nend\n";
        assertThat(ParserMessages.showInvisible("Line 3:2 no viable alternative at input ''", source, 3, 2))
                .isEqualTo("Line 3:2 no viable alternative at input <U+0001> (an invisible control character: delete it)");
        assertThat(ParserMessages.showInvisible("Line 3:0 no viable alternative at input ''", source, 3, 0))
                .as("a space there: nothing to name").isEqualTo("Line 3:0 no viable alternative at input ''");
        assertThat(ParserMessages.showInvisible("[ERR 101] Line 3:2 no viable alternative at input ''", source, 3, 0))
                .as("the message's own column, where Drools' Message has 0")
                .isEqualTo("[ERR 101] Line 3:2 no viable alternative at input <U+0001> (an invisible control character: delete it)");
        assertThat(ParserMessages.showInvisible("Line 9:0 no viable alternative at input ''", source, 9, 0))
                .as("a position outside the file").isEqualTo("Line 9:0 no viable alternative at input ''");
    }

    @Test
    void visibleInput_isLeftAsQuoted() {
        String text = "[ERR 102] Line 5:2 mismatched input '#' in rule \"x\"";
        assertThat(ParserMessages.showInvisible(text)).isEqualTo(text);
        assertThat(ParserMessages.showInvisible("no viable alternative at input ''")).isEqualTo("no viable alternative at input ''");
    }

    @Test
    void commonParseErrors_sayWhatTheyUsuallyMean() {
        assertThat(ParserMessages.hint("[ERR 102] Line 10:0 mismatched input '<eof>' in rule \"x\""))
                .endsWith("(the file ends inside this rule: is its end missing?)");
        assertThat(ParserMessages.hint("[ERR 102] Line 9:0 mismatched input 'then' in rule \"x\""))
                .endsWith("is a '(' or a quote in the conditions above left unclosed?)");
        assertThat(ParserMessages.hint("[ERR 102] Line 5:2 mismatched input '#' in rule \"x\""))
                .isEqualTo("[ERR 102] Line 5:2 mismatched input '#' in rule \"x\"");
    }

    @Test
    void undefinedMethodOnAFact_namesTheMethodMeant_andDroolsForItsHelper() {
        assertThat(ParserMessages.undefinedMethod("The method findng(KnowledgeHelper, String) is undefined for the type Outcome"))
                .isEqualTo("The method findng(drools, String) is undefined for the type Outcome; did you mean finding?");
        assertThat(ParserMessages.undefinedMethod("The method xyzzy() is undefined for the type Nonesuch"))
                .isEqualTo("The method xyzzy() is undefined for the type Nonesuch");
    }

    @Test
    void followOnMessages_areTheNullPackageEchoAndTheParsersOwnFailure() {
        assertThat(ParserMessages.isFollowOn("Parser returned a null Package")).isTrue();
        assertThat(ParserMessages.isFollowOn("Unexpected error: Cannot invoke \"org.antlr.runtime.BitSet.toArray()\" because \"set\" is null")).isTrue();
        assertThat(ParserMessages.isFollowOn("[ERR 102] Line 5:2 mismatched input '#'")).isFalse();
    }
}
