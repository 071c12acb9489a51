package whosaid.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Quoted words that nobody says here (titles, scare quotes) against partial quotes, which are speech. */
class NotSpeechTest {
    private final QuoteDetector detector = new QuoteDetector();

    /** The kind of the only quotation of a one-paragraph body. */
    private QuoteKind kind(String body) {
        List<Quote> qs = detector.detect(null, body);
        assertEquals(1, qs.size(), "one quotation in: " + body);
        return qs.get(0).kind();
    }

    @Test
    void aWorkNounBeforeTheMarksNamesATitle() {
        assertEquals(QuoteKind.TITLE, kind("The mayor’s first book “Rivers of Salt” came out in her twenties."));
        assertEquals(QuoteKind.TITLE, kind("His memoir, “A Long Way Home,” sold well in the valley."));
        assertEquals(QuoteKind.TITLE, kind("Fans lined up for the film “Night Harbour” at the old cinema."));
        assertEquals(QuoteKind.TITLE, kind("The band closed with the song “Grey Morning” after midnight."));
        assertEquals(QuoteKind.TITLE, kind("She hosts the podcast “Loose Threads” from a shed in Tarn."));
    }

    @Test
    void aTitleWordOrANamingWordAfterAWorkNounNamesATitle() {
        assertEquals(QuoteKind.TITLE, kind("An op-ed titled “Why the Ferry Must Stay” ran last week."));
        assertEquals(QuoteKind.TITLE, kind("The paper ran a column headlined “Tolls Are a Tax” on Friday."));
        assertEquals(QuoteKind.TITLE, kind("They made a documentary called “Salt and Iron” about the mines."));
    }

    @Test
    void aWorkNounAfterTheMarksOrABroadcasterBeforeThemNamesATitle() {
        assertEquals(QuoteKind.TITLE, kind("Ivo Brandt appeared on the “Morning Table” program twice in May."));
        assertEquals(QuoteKind.TITLE, kind("Ivo Brandt was a guest on WKTV’s “Valley Week” in the spring."));
        assertEquals(QuoteKind.TITLE, kind("Ivo Brandt, interviewed on “Valley Week,” skipped the tolls."));
        assertEquals(QuoteKind.TITLE, kind("Ivo Brandt told “Valley Week Tonight” that the tolls would stay."));
        assertEquals(QuoteKind.TITLE, kind("In an interview with “Sunday Review,” Ivo Brandt backed the tolls."));
        // after the same cue, words in sentence case are someone's words
        assertEquals(QuoteKind.DIRECT, kind("Ivo Brandt told “the tolls will stay until the bridge is paid for.”"));
    }

    @Test
    void aTitleCasePhraseWithNoCueStaysSpeech() {
        // Without a work noun, "titled" or a programme cue, capitals alone do not make a title: on real news such a
        // phrase is as often someone's words, and a lost quotation costs more than a title listed as speech.
        assertEquals(QuoteKind.PARTIAL, kind("Tickets for “The Lantern Keepers” went on sale at noon in Varda."));
        assertEquals(QuoteKind.TITLE, kind("Tickets for the play “The Lantern Keepers” went on sale at noon in Varda."));
    }

    @Test
    void aTitleCasePhraseNearAVerbOfSayingStaysSpeech() {
        assertEquals(QuoteKind.PARTIAL, kind("Ivo Brandt called the plan “Total Nonsense” at the meeting."));
        assertEquals(QuoteKind.PARTIAL, kind("The tolls are “Daylight Robbery,” Ivo Brandt said on Monday."));
    }

    @Test
    void aCapitalisedPartialQuoteInARepeatedTitleCaseHeadlineStaysSpeech() {
        List<Quote> qs = detector.detect(null, "Mayor Calls Ferry Plan “Big Mistake” In Vote\n\nThe mayor spoke.");
        assertEquals(QuoteKind.PARTIAL, qs.get(0).kind());
    }

    @Test
    void aVerbOfSayingInTheSentenceKeepsEvenACuedQuotationSpeech() {
        assertEquals(QuoteKind.PARTIAL, kind("Ivo Brandt told WKTV’s “Valley Week” that the vote was close."));
        assertEquals(QuoteKind.PARTIAL, kind("Ivo Brandt said the so-called “reform” would fail."));
        assertEquals(QuoteKind.PARTIAL, kind("Ivo Brandt, using the phrase “open doors,” promised a vote."));
    }

    @Test
    void aLowerCaseFragmentAfterAWorkNounIsSpeech() {
        assertEquals(QuoteKind.PARTIAL, kind("Ivo Brandt called the show “a waste of airtime” on Sunday."));
    }

    @Test
    void aScareCueBeforeTheMarksMakesAScareQuote() {
        assertEquals(QuoteKind.SCARE, kind("The council passed the so-called “reform” by one vote."));
        assertEquals(QuoteKind.SCARE, kind("Critics dislike the word “efficiency” in the report."));
        assertEquals(QuoteKind.SCARE, kind("The crowd met him with chants of “open the gates” outside."));
        assertEquals(QuoteKind.SCARE, kind("Strikers carried signs reading “No Toll Without a Vote” past the pier."));
        assertEquals(QuoteKind.SCARE, kind("The campaign adopted the slogan “Build the Bridge” in June."));
    }

    @Test
    void aNicknameBetweenNameWordsIsAScareQuote() {
        assertEquals(QuoteKind.SCARE, kind("The old boxer Tomas “Iron Fist” Halloran opened the gym."));
    }

    @Test
    void whatSomeoneCalledIsAPartialQuoteNotAScareQuote() {
        assertEquals(QuoteKind.PARTIAL, kind("The toll is what Ivo Brandt called “a disaster” for the island."));
        assertEquals(QuoteKind.PARTIAL, kind("Ivo Brandt described it as “unworkable” on Monday."));
        assertEquals(QuoteKind.PARTIAL, kind("Ivo Brandt warned of “serious harm” to the harbour."));
    }

    @Test
    void aHeadlineQuotationIsNeverTakenForATitle() {
        List<Quote> qs = detector.detect("Mayor Wants ‘Fair Tolls’ for Ferry", "No marks here.");
        assertEquals(QuoteKind.PARTIAL, qs.get(0).kind());
    }

    @Test
    void marksAroundNoWordsMakeNoQuotation() {
        assertEquals(List.of(), detector.detect(null, "The tally was “ ” and then “—” and “\u200B” again."));
        assertEquals(List.of(), detector.detect(null, "A stray mark “ ?” stood alone."));
        assertEquals(1, detector.detect(null, "The grade was “A” in the end.").size());
    }
}
