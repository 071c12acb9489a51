package whosaid.web;

/** A parameter the app cannot use: answered 400 with the message as the one-line reason. */
final class BadRequest extends RuntimeException {
    BadRequest(String reason) {
        super(reason);
    }
}
