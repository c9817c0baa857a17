package org.resulta;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Resulta: performance management for the public sector. One deployable, one database,
 * business modules under this package (see docs/architecture.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = {"shared", "web"})
public class ResultaApplication {

    public static void main(String[] args) {
        SpringApplication.run(ResultaApplication.class, args);
    }
}
