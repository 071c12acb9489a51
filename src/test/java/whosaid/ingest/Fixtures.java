package whosaid.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the test fixtures under src/test/resources/whosaid/ingest. */
final class Fixtures {
    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
