package se.esfkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import se.esfkg.pipeline.Version;

/** The esf-kg command line: one jar, one sub-command per job. */
@Command(name = "esf-kg", mixinStandardHelpOptions = true, versionProvider = EsfKg.VersionProvider.class,
        description = "Turns the Swedish ESF project bank into a linked-data knowledge graph.",
        subcommands = {ConvertCommand.class, ValidateCommand.class, LoadCommand.class, ServeCommand.class,
            QueryCommand.class, UpCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class})
public final class EsfKg {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new EsfKg()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new OperatorErrors());
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"esf-kg " + Version.get()};
        }
    }
}
