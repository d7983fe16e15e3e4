package org.cadre;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Cadre: the platform with which an enterprise governs itself. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CadreApplication {

    public static void main(String[] args) {
        SpringApplication.run(CadreApplication.class, args);
    }
}
