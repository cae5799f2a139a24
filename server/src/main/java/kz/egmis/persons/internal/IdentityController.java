package kz.egmis.persons.internal;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import kz.egmis.ingestion.PersonDataReads;
import kz.egmis.platform.ApiErrors;
import kz.egmis.security.Caller;
import kz.egmis.security.Role;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/identity/...}: the links (NDJSON), a person, the review list and decisions. Auditors and administrators. */
@RestController
class IdentityController {

    private static final Set<Role> READERS = Set.of(Role.AUDITOR, Role.ADMINISTRATOR);
    private static final int MAX_SIZE = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Decision(String decision, String comment) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final PersonRegistry registry;
    private final IdentityTables tables;
    private final PersonDetails details;
    private final IdentityReviews reviews;
    private final PersonDataReads reads;

    IdentityController(JdbcTemplate jdbc, TransactionTemplate transactions, PersonRegistry registry,
                       IdentityTables tables, PersonDetails details, IdentityReviews reviews, PersonDataReads reads) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(10_000);
        this.transactions = transactions;
        this.registry = registry;
        this.tables = tables;
        this.details = details;
        this.reviews = reviews;
        this.reads = reads;
    }

    @GetMapping("/api/identity/links")
    ResponseEntity<StreamingResponseBody> links(HttpServletRequest request) {
        if (!READERS.contains(Caller.of(request).role())) {
            byte[] error = JSON.writeValueAsBytes(forbidden(request).getBody());
            return ResponseEntity.status(403).contentType(MediaType.APPLICATION_JSON).body(output -> output.write(error));
        }
        // one logged read for the whole listing: it names records and persons, no personal data of a record
        reads.recordReads(Caller.of(request).actor(), request.getRequestURI(),
                List.of(new PersonDataReads.Read("EGMIS", "IdentityLinks", "all", null)));
        StreamingResponseBody body = output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
            transactions.executeWithoutResult(status -> jdbc.query(
                    "select record, person_id, grade from identity_link order by record", row -> {
                        Map<String, Object> line = new LinkedHashMap<>();
                        line.put("record", row.getString(1));
                        line.put("personId", row.getString(2));
                        line.put("grade", row.getString(3));
                        try {
                            writer.write(JSON.writeValueAsString(line));
                            writer.write('\n');
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }));
            writer.flush();
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-ndjson")).body(body);
    }

    @GetMapping("/api/identity/persons/{personId}")
    ResponseEntity<Object> person(@PathVariable String personId, HttpServletRequest request) {
        if (!READERS.contains(Caller.of(request).role())) {
            return forbidden(request);
        }
        String survivor = tables.survivor(personId);
        var links = survivor == null ? List.<kz.egmis.identity.LinkChanges.Link>of()
                : registry.read(linker -> linker.recordsOf(survivor));
        if (links.isEmpty()) {
            return ApiErrors.of(404, "IDENTITY_PERSON_NOT_FOUND", "No person " + personId
                    + ": find persons in GET /api/identity/links.");
        }
        String iin = registry.read(linker -> linker.iinOf(survivor)).map(Object::toString).orElse(null);
        Map<String, Object> person = details.of(survivor, iin, links);
        if (!survivor.equals(personId)) {
            person.put("mergedFrom", personId);
        }
        List<PersonDataReads.Read> logged = new ArrayList<>();
        for (var link : links) {
            String[] parts = link.record().split("/", 3);
            logged.add(new PersonDataReads.Read(parts[0], parts[1], parts[2], iin));
        }
        reads.recordReads(Caller.of(request).actor(), request.getRequestURI(), logged);
        return ResponseEntity.ok(person);
    }

    @GetMapping("/api/identity/review")
    ResponseEntity<Object> review(@RequestParam(defaultValue = "open") String status,
                                  @RequestParam(required = false) String record,
                                  @RequestParam(defaultValue = "0") String page,
                                  @RequestParam(defaultValue = "100") String size, HttpServletRequest request) {
        if (!READERS.contains(Caller.of(request).role())) {
            return forbidden(request);
        }
        if (!Set.of("open", "decided").contains(status)) {
            return ApiErrors.of(400, "IDENTITY_QUERY_INVALID", "'status' is open or decided, not '" + status + "'.");
        }
        Integer pageNumber = number(page);
        Integer pageSize = number(size);
        if (pageNumber == null || pageSize == null || pageSize < 1 || pageSize > MAX_SIZE) {
            return ApiErrors.of(400, "IDENTITY_QUERY_INVALID", "'page' counts from 0 and 'size' is between 1 and "
                    + MAX_SIZE + ".");
        }
        List<Map<String, Object>> items = reviews.list(status, record, pageNumber, pageSize);
        logReads(request, items);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", reviews.count(status, record));
        body.put("items", items);
        return ResponseEntity.ok(body);
    }

    @PostMapping("/api/identity/review/{id}")
    ResponseEntity<Object> decide(@PathVariable String id, @RequestBody(required = false) Decision decision,
                                  HttpServletRequest request) {
        if (!READERS.contains(Caller.of(request).role())) {
            return forbidden(request);
        }
        Integer reviewId = number(id);
        if (reviewId == null) {
            return ApiErrors.of(404, "IDENTITY_REVIEW_NOT_FOUND", "No identity review '" + id + "'.");
        }
        if (decision == null || !Set.of("link", "separate").contains(String.valueOf(decision.decision()))) {
            return ApiErrors.of(400, "IDENTITY_DECISION_INVALID", "Send {\"decision\": \"link\" or \"separate\", "
                    + "\"comment\": \"why\"}.");
        }
        if (decision.comment() != null && decision.comment().length() > IdentityReviews.MAX_COMMENT) {
            return ApiErrors.of(400, "IDENTITY_DECISION_INVALID", "'comment' is at most " + IdentityReviews.MAX_COMMENT
                    + " characters.");
        }
        ResponseEntity<Object> answer = reviews.decide(reviewId, decision.decision(), decision.comment(),
                Caller.of(request).actor());
        if (answer.getStatusCode().is2xxSuccessful() && answer.getBody() instanceof Map<?, ?> item) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) item;
            logReads(request, List.of(typed));
        }
        return answer;
    }

    /** Review items name records of persons: each is a logged read (and a ledger leaf) before it is answered. */
    private void logReads(HttpServletRequest request, List<Map<String, Object>> items) {
        List<PersonDataReads.Read> logged = new ArrayList<>();
        for (Map<String, Object> item : items) {
            List<String> iins = reviews.iinsOf(item);
            logged.add(new PersonDataReads.Read("EGMIS", "IdentityReview", String.valueOf(item.get("id")),
                    iins.isEmpty() ? null : iins.get(0)));
        }
        reads.recordReads(Caller.of(request).actor(), request.getRequestURI(), logged);
    }

    private static ResponseEntity<Object> forbidden(HttpServletRequest request) {
        return ApiErrors.of(403, "FORBIDDEN", "A key with role " + Caller.of(request).role() + " may not "
                + request.getMethod() + " " + request.getRequestURI() + ": persons and identity review are for "
                + "auditors.");
    }

    private static Integer number(String text) {
        try {
            int value = Integer.parseInt(text);
            return value < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
