package kz.egmis;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EgmisApplication {
    public static void main(String[] args) {
        SpringApplication.run(EgmisApplication.class, args);
    }
}
