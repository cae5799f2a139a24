package kz.egmis.demo;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;

/**
 * {@code java -jar egmis.jar demo [--people N] [--months N] [--seed N] [--regions 35,71]}: the server on its data
 * folder (the embedded PostgreSQL by default), loaded with the demo region. Flags become Spring properties.
 */
public final class DemoCommand {

    private DemoCommand() {
    }

    public static void run(Class<?> application, String[] args) {
        List<String> properties = new ArrayList<>(List.of("--egmis.demo.enabled=true"));
        for (int i = 1; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--people", "--months", "--seed", "--regions" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("EGMIS-DEMO-003: " + flag + " needs a value");
                    }
                    properties.add("--egmis.demo." + flag.substring(2) + "=" + args[++i]);
                }
                default -> properties.add(flag);
            }
        }
        SpringApplication.run(application, properties.toArray(String[]::new));
    }
}
