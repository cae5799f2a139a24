package kz.egmis.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Talks to a running test server over real HTTP, as a source system or an auditor would. */
public final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final List<String> headers = new ArrayList<>();

    private ApiClient(String baseUrl, List<String> headers) {
        this.baseUrl = baseUrl;
        this.headers.addAll(headers);
    }

    public static ApiClient at(int port) {
        return new ApiClient("http://127.0.0.1:" + port, List.of());
    }

    public ApiClient withKey(String key) {
        return withHeader("Authorization", "Bearer " + key);
    }

    public ApiClient withSource(String sourceSystem) {
        return withHeader("X-Source-System", sourceSystem);
    }

    public ApiClient withHeader(String name, String value) {
        ApiClient copy = new ApiClient(baseUrl, headers);
        copy.headers.add(name);
        copy.headers.add(value);
        return copy;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts the bytes as they are, for bodies that are not UTF-8 (windows-1251 CSV) or not text at all. */
    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Any method; a null body sends none. */
    public HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = request(path);
        if (body != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        for (int i = 0; i < headers.size(); i += 2) {
            builder.header(headers.get(i), headers.get(i + 1));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
