package whosaid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    private final InputFiles inputFiles = new InputFiles();

    @TempDir
    Path dir;

    @Test
    void walksDirectoriesInNameOrderSkippingHiddenAndNonArticleFiles() throws Exception {
        Path b = Files.writeString(dir.resolve("b.txt"), "x");
        Path a = Files.writeString(dir.resolve("a.jsonl"), "x");
        Files.createDirectories(dir.resolve("sub"));
        Path c = Files.writeString(dir.resolve("sub/c.txt"), "x");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/config"), "x");
        Files.writeString(dir.resolve("store.db"), "x");
        Files.writeString(dir.resolve("photo.PNG"), "x");
        Files.writeString(dir.resolve("dump.json.gz"), "x");
        Files.writeString(dir.resolve("lib.jar"), "x");

        InputFiles.Expansion expansion = inputFiles.expand(List.of(dir.toString()));

        assertEquals(List.of(a, b, c), expansion.inputs().stream().map(InputFiles.Input::path).toList());
        assertEquals(List.of(a.toString(), b.toString(), c.toString()),
                expansion.inputs().stream().map(InputFiles.Input::name).toList());
        assertTrue(expansion.errors().isEmpty());
    }

    @Test
    void missingPathsAreErrorsAndTheOtherArgumentsStillCount() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "x");
        String missing = dir.resolve("missing.txt").toString();

        InputFiles.Expansion expansion = inputFiles.expand(List.of(missing, "-", good.toString()));

        assertEquals(2, expansion.inputs().size());
        InputFiles.Input stdin = expansion.inputs().get(0);
        assertTrue(stdin.isStdin());
        assertEquals("-", stdin.name());
        assertNull(stdin.path());
        assertEquals(good, expansion.inputs().get(1).path());
        assertEquals(1, expansion.errors().size());
        assertEquals(missing + ": no such file or directory", expansion.errors().get(0).getMessage());
    }

    @Test
    void aFileNamedOnTheCommandLineIsTakenWhateverItsNameButOnlyOnce() throws Exception {
        Path hidden = Files.writeString(dir.resolve(".notes.db"), "x");
        InputFiles.Expansion expansion = inputFiles.expand(List.of(hidden.toString(), hidden.toString()));
        assertEquals(List.of(hidden), expansion.inputs().stream().map(InputFiles.Input::path).toList());
    }

    @Test
    void aDirectoryWithNothingToReadIsReported() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("x.png"), "x");
        InputFiles.Expansion expansion = inputFiles.expand(List.of(empty.toString()));
        assertTrue(expansion.inputs().isEmpty());
        assertEquals(empty + ": directory holds no article files", expansion.errors().get(0).getMessage());
    }

    @Test
    void expandedFilesReadThroughTheReader() throws Exception {
        Files.writeString(dir.resolve("one.txt"), "Gate Repaired\n\nThe old gate was repaired on Monday.\n");
        InputFiles.Input input = inputFiles.expand(List.of(dir.toString())).inputs().get(0);
        Article article = new ArticleReader().read(input.path()).get(0);
        assertEquals("Gate Repaired", article.title());
        assertEquals(input.name(), article.source());
    }
}
