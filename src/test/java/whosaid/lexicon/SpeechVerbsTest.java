package whosaid.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpeechVerbsTest {
    @Test
    void regularAndIrregularFormsMapToTheirBase() {
        assertEquals("say", SpeechVerbs.base("said"));
        assertEquals("warn", SpeechVerbs.base("warned"));
        assertEquals("deny", SpeechVerbs.base("denies"));
        assertEquals("deny", SpeechVerbs.base("denied"));
        assertEquals("note", SpeechVerbs.base("noting"));
        assertEquals("quip", SpeechVerbs.base("quipped"));
        assertEquals("tell", SpeechVerbs.base("told"));
    }

    @Test
    void wordsThatAreNotVerbsOfSayingAreNot() {
        assertNull(SpeechVerbs.base("walked"));
        assertFalse(SpeechVerbs.isSpeechVerb("table"));
        assertTrue(SpeechVerbs.isSpeechVerb("tweeted"));
    }
}
