package se.esfkg.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A load in a JVM of its own that stops at one step of an in-place patch: it writes {@code flag}
 * and waits there, so a test can kill it with SIGKILL at exactly that point.
 * Arguments: input, data folder, step ({@link LivePatch.Step}), flag file.
 */
public final class PatchMain {
    public static void main(String[] args) throws Exception {
        LivePatch.Step stopAt = LivePatch.Step.valueOf(args[2]);
        Path flag = Path.of(args[3]);
        new StoreLoader(Path.of(args[1])).onPatchStep(step -> {
            if (step == stopAt) {
                try {
                    Files.writeString(flag, step.name());
                    Thread.sleep(600_000);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }).load(Path.of(args[0]));
        System.exit(3); // never reached when the test kills it first
    }
}
