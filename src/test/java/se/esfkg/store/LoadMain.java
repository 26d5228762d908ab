package se.esfkg.store;

import picocli.CommandLine;
import se.esfkg.cli.LoadCommand;

/** The load command in a JVM of its own, so a test can kill it mid-load. */
public final class LoadMain {
    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadCommand()).execute(args));
    }
}
