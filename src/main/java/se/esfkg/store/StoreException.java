package se.esfkg.store;

/** A load or store failure; the live database is untouched whenever one is thrown. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
