package se.esfkg.publish.release;

/**
 * A second load on a data folder while the first is still making its release: the message is the
 * operator's one line ("another load is making a release in …").
 */
public final class ReleaseInProgressException extends IllegalStateException {

    ReleaseInProgressException(String message) {
        super(message);
    }
}
