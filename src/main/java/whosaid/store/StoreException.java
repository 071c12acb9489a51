package whosaid.store;

/** The database could not be opened, migrated, read or written. The message is one line for the user. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
