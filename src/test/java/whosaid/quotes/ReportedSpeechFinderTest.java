package whosaid.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportedSpeechFinderTest {

    private final ReportedSpeechFinder finder = new ReportedSpeechFinder();

    private ReportedSpeechFinder.ReportedStatement only(String body) {
        List<ReportedSpeechFinder.ReportedStatement> found = finder.find(body);
        assertEquals(1, found.size(), () -> "expected one statement in: " + body + " got " + found);
        ReportedSpeechFinder.ReportedStatement r = found.get(0);
        assertEquals(r.text(), body.substring(r.start(), r.end()));
        assertEquals(r.subject(), body.substring(r.subjectStart(), r.subjectEnd()));
        return r;
    }

    @Test
    void saidThat() {
        var r = only("Mayor Lena Okafor said that the bridge in Veltmark will reopen in May.");
        assertEquals("the bridge in Veltmark will reopen in May", r.text());
        assertEquals("Mayor Lena Okafor", r.subject());
        assertEquals("said", r.cue());
    }

    @Test
    void subjectWithAppositiveAndPresentTense() {
        var r = only("Ina Brook, a hydrologist at Selby University, says the aquifer under Dask is shrinking.");
        assertEquals("Ina Brook", r.subject());
        assertEquals("the aquifer under Dask is shrinking", r.text());
    }

    @Test
    void leadingAdverbialIsNotTheSubject() {
        var r = only("In a radio interview on Friday, Councillor Pia Rand said the harbour tax would double.");
        assertEquals("Councillor Pia Rand", r.subject());
        assertEquals("the harbour tax would double", r.text());
    }

    @Test
    void toldSomebodyThat() {
        var r = only("Councillor Pia Rand told reporters that the vote in Orlin was rigged.");
        assertEquals("the vote in Orlin was rigged", r.text());
        assertEquals("told", r.cue());
    }

    @Test
    void denialAndAccusation() {
        var denial = only("The Veltmark ministry denied sending troops across the river.");
        assertEquals("denied", denial.cue());
        assertEquals("sending troops across the river", denial.text());
        var accusation = only("Governor Amos Quill accused the council of hiding the audit.");
        assertEquals("accused", accusation.cue());
        assertEquals("the council of hiding the audit", accusation.text());
    }

    @Test
    void accordingToInFrontAndBehind() {
        var front = only("According to the harbour authority, cargo traffic fell by 12 percent.");
        assertEquals("the harbour authority", front.subject());
        assertEquals("cargo traffic fell by 12 percent", front.text());
        var back = only("Cargo traffic fell by 12 percent, according to the harbour authority.");
        assertEquals("the harbour authority", back.subject());
        assertEquals("Cargo traffic fell by 12 percent", back.text());
    }

    @Test
    void subjectAfterTheClause() {
        var r = only("Fishing quotas in the Selby estuary will be cut next year, the agency said on Tuesday.");
        assertEquals("the agency", r.subject());
        assertEquals("Fishing quotas in the Selby estuary will be cut next year", r.text());
    }

    @Test
    void sentencesWithQuotationMarksAreLeftToTheQuoteFinder() {
        String body = "“We will win the count,” Okafor said. Okafor said the count in Dask was fair.";
        var r = only(body);
        assertEquals("the count in Dask was fair", r.text());
    }

    @Test
    void noSpeakerNoStatement() {
        assertTrue(finder.find("The truce was declared on Monday. Rain fell over Orlin all week.").isEmpty());
    }

    @Test
    void noBreakSpacesAndTitlesDoNotBreakSentences() {
        String body = "Rain fell.\u00a0Mr. Tomas Vey said\u00a0the dam at Orlin would hold.";
        var r = only(body);
        assertEquals("Mr. Tomas Vey", r.subject());
        assertEquals("the dam at Orlin would hold", r.text());
    }
}
