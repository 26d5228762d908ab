package se.esfkg.pipeline;

/** Told how far a run has come; the command line shows it as a progress bar. */
public interface ProgressListener extends AutoCloseable {

    ProgressListener NONE = new ProgressListener() {
        @Override
        public void start(int total) {
        }

        @Override
        public void step(String fileName) {
        }
    };

    void start(int total);

    void step(String fileName);

    @Override
    default void close() {
    }
}
