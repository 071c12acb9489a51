package whosaid.web;

/** Nothing in the store has the id asked for: answered 404 with a page that says which. */
final class NotFound extends RuntimeException {
    NotFound(String what) {
        super(what);
    }
}
