package kz.egmis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged server jar run as its own process, the way an operator runs it. */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path standardOutput;
    private final Path standardError;

    private ServerProcess(Process process, int port, Path standardOutput, Path standardError) {
        this.process = process;
        this.port = port;
        this.standardOutput = standardOutput;
        this.standardError = standardError;
    }

    public static ServerProcess start(Path logFolder, Map<String, String> environment) {
        return start(logFolder, environment, List.of());
    }

    /** Starts the jar with command-line arguments, e.g. {@code demo --people 2000}. */
    public static ServerProcess start(Path logFolder, Map<String, String> environment, List<String> arguments) {
        String jar = System.getProperty("egmis.jar", "target/egmis.jar");
        try {
            Files.createDirectories(logFolder);
            int port = freePort();
            Path out = Files.createTempFile(logFolder, "server", ".out");
            Path err = Files.createTempFile(logFolder, "server", ".err");
            List<String> command = new java.util.ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-jar", jar));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(name -> name.startsWith("EGMIS_"));
            env.put("EGMIS_PORT", Integer.toString(port));
            env.putAll(new HashMap<>(environment));
            return new ServerProcess(builder.start(), port, out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ApiClient client() {
        return ApiClient.at(port);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until {@code /actuator/health} answers UP; fails with the server's output if it never does. */
    public ServerProcess awaitHealthy(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the server exited with " + process.exitValue() + ":\n" + standardError());
            }
            try {
                if (client().get("/actuator/health").body().contains("\"UP\"")) {
                    return this;
                }
            } catch (IllegalStateException notYetListening) {
                // still starting
            }
            sleep(250);
        }
        throw new AssertionError("the server did not become healthy within " + timeout + ":\n" + tail(standardOutput));
    }

    /** Waits for the process to end by itself and answers its exit code. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the server did not exit within " + timeout);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** SIGKILL: no shutdown hook, no clean stop of anything the server started. */
    public void killHard() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    public String standardError() {
        return read(standardError);
    }

    /** Waits until standard output contains the text; fails with the server's output if it never does. */
    public ServerProcess awaitOutput(String text, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!standardOutput().contains(text)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("the server never printed '" + text + "'; output ends with:\n"
                        + tail(standardOutput) + "\nerrors:\n" + tail(standardError));
            }
            sleep(500);
        }
        return this;
    }

    public String standardOutput() {
        return read(standardOutput);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path file) {
        String text = read(file);
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
