package org.odmaturity;

import java.util.Arrays;

import org.odmaturity.questionnaire.cli.ValidateCommand;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The entry point of {@code quarkus-run.jar}: the service, or with {@code validate FILE [ANSWERS]} the offline check of
 * a questionnaire file, which runs before and without the service (no database, no configuration).
 */
@QuarkusMain
public final class Main {

    private Main() {
    }

    public static void main(String... args) {
        if (args.length > 0 && ValidateCommand.NAME.equals(args[0])) {
            System.exit(new ValidateCommand(System.out, System.err).run(Arrays.asList(args).subList(1, args.length)));
        }
        Quarkus.run(args);
    }
}
