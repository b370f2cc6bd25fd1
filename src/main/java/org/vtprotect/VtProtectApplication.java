package org.vtprotect;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** VT Protect: the platform of the programme on the protection of vulnerable targets. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VtProtectApplication {

    public static void main(String[] args) {
        SpringApplication.run(VtProtectApplication.class, args);
    }
}
