package se.esfkg.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure that escapes a command into one line an operator can act on: what happened and
 * what to do, and an exit code that says which kind of failure it was. The stack trace goes to the
 * debug log ({@code ESFKG_LOG_LEVEL=DEBUG}), never to the console by default.
 *
 * <p>Exit codes follow BSD {@code sysexits.h}: 66 input missing, 73 cannot create output, 74
 * input/output error (disk full), 75 temporary (in use by another process, port taken), 77 permission
 * denied, 70 anything else.
 */
final class OperatorErrors implements IExecutionExceptionHandler {

    static final int NO_INPUT = 66;
    static final int SOFTWARE = 70;
    static final int IO_ERROR = 74;
    static final int TEMPORARY = 75;
    static final int NO_PERMISSION = 77;

    private static final Logger LOG = LoggerFactory.getLogger(OperatorErrors.class);

    /** One classified failure. */
    record Failure(int exitCode, String message) {
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
        Failure f = classify(ex);
        LOG.debug("{} failed", command.getCommandName(), ex);
        command.getErr().println("esf-kg " + command.getCommandName() + ": " + f.message());
        return f.exitCode();
    }

    static Failure classify(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<Failure> f = known(t);
            if (f.isPresent()) {
                return f.get();
            }
        }
        // esf-kg's own store messages ("no database in data; run load first") are already one line for people.
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof se.esfkg.store.StoreException) {
                return new Failure(1, oneLine(t.getMessage()));
            }
        }
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new Failure(SOFTWARE, "unexpected " + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + oneLine(root.getMessage()))
                + " (ESFKG_LOG_LEVEL=DEBUG shows the stack trace; please report it)");
    }

    private static Optional<Failure> known(Throwable t) {
        String msg = t.getMessage() == null ? "" : t.getMessage();
        String lower = msg.toLowerCase(Locale.ROOT);
        if (diskFull(t, lower)) {
            return Optional.of(new Failure(IO_ERROR, "the disk is full" + where(t)
                    + "; free some space (or point --data / -o at a larger disk) and run the command again."
                    + " A load leaves the previous database live."));
        }
        if (t instanceof AccessDeniedException e) {
            return Optional.of(new Failure(NO_PERMISSION, "permission denied: " + e.getFile()
                    + "; run as a user who may read and write it, or choose another folder."));
        }
        if (t instanceof NoSuchFileException e) {
            return Optional.of(new Failure(NO_INPUT, "not found: " + e.getFile() + "; check the path."));
        }
        if (t instanceof NotDirectoryException e) {
            return Optional.of(new Failure(NO_INPUT, "not a folder: " + e.getFile() + "; check the path."));
        }
        if (t instanceof FileNotFoundException) {
            return Optional.of(new Failure(lower.contains("permission denied") ? NO_PERMISSION : NO_INPUT,
                    oneLine(msg) + "; check the path and its permissions."));
        }
        if (lockedByAnotherProcess(t, lower)) {
            return Optional.of(new Failure(TEMPORARY, "the database is in use by another esf-kg process ("
                    + oneLine(msg) + "); stop that process first, or give this one another --data folder."));
        }
        if (t instanceof BindException || t instanceof org.springframework.boot.web.server.PortInUseException) {
            return Optional.of(new Failure(TEMPORARY, "the port is already in use (" + oneLine(msg)
                    + "); stop the other server or choose another --port."));
        }
        if (t instanceof FileSystemException e && e.getReason() != null) {
            return Optional.of(new Failure(IO_ERROR, e.getReason() + ": " + e.getFile() + "."));
        }
        return Optional.empty();
    }

    /**
     * ENOSPC as an IOException, or as the InternalError the JVM raises when a write to a memory-mapped
     * file (TDB2's indexes) finds no block to put it in.
     */
    private static boolean diskFull(Throwable t, String lower) {
        return (t instanceof IOException || t instanceof InternalError || t instanceof java.io.UncheckedIOException)
                && (lower.contains("no space left on device") || lower.contains("disk quota exceeded")
                    || lower.contains("unsafe memory access"));
    }

    /** TDB2's process lock ({@code tdb.lock}), held by another running esf-kg. */
    private static boolean lockedByAnotherProcess(Throwable t, String lower) {
        return t.getClass().getName().startsWith("org.apache.jena.dboe")
                && lower.contains("failed to get a lock");
    }

    private static String where(Throwable t) {
        return t instanceof FileSystemException e && e.getFile() != null ? " (writing " + e.getFile() + ")" : "";
    }

    private static String oneLine(String s) {
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
