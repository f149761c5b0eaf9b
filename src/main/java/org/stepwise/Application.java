package org.stepwise;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Stepwise: lessons in computational thinking with block programs students step through. */
@SpringBootApplication
@Modulithic(sharedModules = "base")
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
