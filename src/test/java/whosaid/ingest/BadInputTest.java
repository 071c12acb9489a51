package whosaid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not articles fail with one line naming the file and, where it applies, the line. */
class BadInputTest {
    private final ArticleReader reader = new ArticleReader();

    @TempDir
    Path dir;

    @Test
    void emptyFile() throws Exception {
        Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(file));
        assertEquals(file + ": empty file", e.getMessage());
    }

    @Test
    void whitespaceOnlyFile() throws Exception {
        Path file = Files.writeString(dir.resolve("blank.txt"), " \n\t\n\r\n");
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(file));
        assertEquals(file + ": empty file", e.getMessage());
    }

    @Test
    void binaryFileNamesTheLineOfTheFirstNulByte() throws Exception {
        Path file = Files.write(dir.resolve("image.txt"), new byte[] {'a', '\n', 'b', 0, 'c'});
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(file));
        assertEquals(file + ":2: binary file (NUL byte), not text", e.getMessage());
    }

    @Test
    void invalidUtf8NamesTheLineOfTheFirstBadByte() throws Exception {
        byte[] good = "Title\n\nFirst line of text.\nSecond ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 3];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xE9; // Latin-1 é, not UTF-8
        bytes[good.length + 1] = 't';
        bytes[good.length + 2] = '\n';
        Path file = Files.write(dir.resolve("latin1.txt"), bytes);
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(file));
        assertEquals(4, e.line());
        assertEquals(file + ":4: not valid UTF-8 (byte 0xE9 at offset " + good.length + ")", e.getMessage());
    }

    @Test
    void truncatedMultiByteCharacterAtTheEnd() {
        byte[] bytes = {'o', 'k', '\n', (byte) 0xE2, (byte) 0x80};
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read("cut.txt", bytes));
        assertEquals(2, e.line());
    }

    @Test
    void missingPath() {
        Path file = dir.resolve("gone.txt");
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(file));
        assertEquals(file + ": no such file", e.getMessage());
    }

    @Test
    void titleWithoutText() {
        byte[] bytes = "Only a Title\n\nBy Eva Strand\n".getBytes(StandardCharsets.UTF_8);
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read("t.txt", bytes));
        assertEquals("t.txt:1: article has a title but no text", e.getMessage());
    }

    @Test
    void aByteOrderMarkIsNotText() throws BadInputException {
        byte[] text = "Plain words only.".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        assertEquals("Plain words only.", reader.read("bom.txt", bytes).get(0).body());
    }

    @Test
    void messageWithoutLine() {
        assertEquals("f.txt: reason", new BadInputException("f.txt", 0, "reason").getMessage());
        assertEquals("f.txt:7: reason", new BadInputException("f.txt", 7, "reason").getMessage());
    }
}
