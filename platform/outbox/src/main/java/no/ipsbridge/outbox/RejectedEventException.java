package no.ipsbridge.outbox;

/** An event a handler can never apply, however often it is delivered: it goes to the dead-letter topic. */
public class RejectedEventException extends RuntimeException {

    public RejectedEventException(String reason) {
        super(reason);
    }
}
