package whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import whosaid.bench.Bench;

/** whosaid bench over the command line: the contract's keys, the scale runs, the check figures. No timing asserts. */
class BenchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String... args) throws Exception {
        CliRunner.Result r = CliRunner.run(args);
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        return JSON.readTree(r.out());
    }

    @Test
    void jsonHasTheContractKeysAndEveryStage() throws Exception {
        JsonNode report = json("bench", "--articles", "20", "--warmup", "0", "--format", "json");
        for (String key : new String[] {"articles_per_s", "quotes_per_s", "peak_heap_mb"}) {
            assertTrue(report.get(key).isNumber(), key);
            assertTrue(report.get(key).asDouble() > 0, key);
        }
        assertEquals(20, report.get("articles").asInt());
        // the headline rate is the whole ingest: articles over total_ms, never the faster per-article stages alone
        double whole = 20 / (report.get("total_ms").asDouble() / 1000.0);
        assertEquals(whole, report.get("articles_per_s").asDouble(), whole * 0.01 + 0.01);
        assertTrue(report.get("articles_per_s").asDouble() <= report.get("per_article_articles_per_s").asDouble());
        assertTrue(report.get("quotes").asInt() > 20 * 3, "the generated quotes were found and stored");
        assertTrue(report.get("claims").asInt() < report.get("quotes").asInt(), "outlets' shared claims were grouped");
        for (String stage : Bench.STAGES) {
            assertTrue(report.get("stages").get(stage).isNumber(), stage);
        }
    }

    @Test
    void scaleRunsNTwiceNAndFourTimesNAndGivesEachStagesGrowth() throws Exception {
        JsonNode report = json("bench", "--articles", "10", "--warmup", "0", "--scale", "--format", "json");
        JsonNode runs = report.get("scale").get("runs");
        assertEquals(3, runs.size());
        assertEquals(10, runs.get(0).get("articles").asInt());
        assertEquals(20, runs.get(1).get("articles").asInt());
        assertEquals(40, runs.get(2).get("articles").asInt());
        for (String stage : Bench.STAGES) {
            assertTrue(report.get("scale").get("growth_2n_to_4n").get(stage).isNumber(), stage);
        }
        assertTrue(report.get("scale").get("over_limit").isArray());
    }

    @Test
    void checkQuotesTimesTheFactCheckQueryAndFindsTheClaims() throws Exception {
        JsonNode report = json("bench", "--articles", "0", "--check-quotes", "2000", "--format", "json");
        JsonNode check = report.get("check");
        assertEquals(2000, check.get("quotes").asInt());
        assertTrue(check.get("median_ms").isNumber());
        assertTrue(check.get("p95_ms").asDouble() >= check.get("median_ms").asDouble());
        // Each query is a base claim or its gist: most must rank that claim first.
        assertTrue(check.get("found").asInt() >= check.get("queries").asInt() * 0.8, check.toString());
    }

    @Test
    void tableIsForPeopleAndBadValuesAreUsageErrors() {
        CliRunner.Result table = CliRunner.run("bench", "--articles", "8", "--warmup", "0");
        assertEquals(ExitCodes.OK, table.exitCode(), table.err());
        assertTrue(table.out().contains("articles/s"), table.out());
        assertEquals(ExitCodes.USAGE, CliRunner.run("bench", "--articles", "-1").exitCode());
        assertEquals(ExitCodes.USAGE, CliRunner.run("bench", "--articles", "0").exitCode());
        assertEquals(ExitCodes.USAGE, CliRunner.run("bench", "--format", "csv").exitCode());
        CliRunner.Result help = CliRunner.run("bench", "--help");
        assertTrue(help.out().contains("--scale") && help.out().contains("--check-quotes"), help.out());
    }
}
