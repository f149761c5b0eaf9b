package org.stepwise;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.stepwise.cli.CheckCommand;
import org.stepwise.cli.RunCommand;

/** Stepwise: lessons in computational thinking with block programs students step through. */
@SpringBootApplication
@Modulithic(sharedModules = "base")
public class Application {

    /**
     * Starts the web application, or, with {@code run} or {@code check} as the first argument, runs
     * block programs or checks lessons on the command line without starting the server (see
     * {@code docs/cli.md}).
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("run")) {
            int exit = new RunCommand(System.out, System.err).execute(java.util.Arrays.asList(args).subList(1, args.length));
            System.exit(exit);
        }
        if (args.length > 0 && args[0].equals("check")) {
            int exit = new CheckCommand(System.out, System.err).execute(java.util.Arrays.asList(args).subList(1, args.length));
            System.exit(exit);
        }
        SpringApplication.run(Application.class, args);
    }
}
