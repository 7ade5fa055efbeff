package no.ipsbridge.web.backend;

/** A service answered in a shape the web client does not read: a version mismatch between them, not the person's. */
public class UnexpectedAnswer extends RuntimeException {

    UnexpectedAnswer(String service, String path, Throwable cause) {
        super("The " + service + " service answered " + path + " in another shape", cause);
    }
}
