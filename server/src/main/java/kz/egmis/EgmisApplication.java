package kz.egmis;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import kz.egmis.bench.BenchCommand;
import kz.egmis.demo.DemoCommand;
import kz.egmis.witness.WitnessCommand;

/**
 * The EGMIS server. {@code java -jar egmis.jar} serves; {@code java -jar egmis.jar demo} serves loaded with the
 * demo region (README); {@code java -jar egmis.jar bench ...} runs the
 * ingestion benchmark (see README); {@code java -jar egmis.jar witness ...} watches a server's ledger from outside
 * (docs/LEDGER.md), without starting Spring; {@code java -jar egmis.jar verify} checks the ledger against the
 * database (docs/OPERATIONS.md); {@code java -jar egmis.jar users add ...} creates a person's account (docs/SECURITY.md).
 */
@SpringBootApplication
public class EgmisApplication {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("bench")) {
            BenchCommand.run(EgmisApplication.class, args);
            return;
        }
        if (args.length > 0 && args[0].equals("demo-files")) {
            DemoCommand.writeFiles(args);
            return;
        }
        if (args.length > 0 && args[0].equals("demo")) {
            DemoCommand.run(EgmisApplication.class, args);
            return;
        }
        if (args.length > 0 && args[0].equals("witness")) {
            System.exit(WitnessCommand.run(args));
        }
        if (args.length > 0 && args[0].equals("users")) {
            System.exit(UsersCommand.run(EgmisApplication.class, args, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("verify")) {
            System.exit(VerifyCommand.run(EgmisApplication.class, args, System.out, System.err));
        }
        SpringApplication.run(EgmisApplication.class, args);
    }
}
