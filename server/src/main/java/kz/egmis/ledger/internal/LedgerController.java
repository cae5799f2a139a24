package kz.egmis.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kz.egmis.ledger.LeafIndex;
import kz.egmis.ledger.SignedTreeHead;
import kz.egmis.ledger.TreeSize;
import kz.egmis.platform.ApiErrors;

/** The ledger paths of section 3: tree head, key, entries, inclusion and consistency proofs. */
@RestController
@RequestMapping("/api/ledger")
class LedgerController {

    private static final int MAXIMUM_ENTRIES = 1000;

    private final TreeHeads heads;
    private final LedgerTree tree;
    private final JdbcTemplate jdbc;

    LedgerController(TreeHeads heads, LedgerTree tree, JdbcTemplate jdbc) {
        this.heads = heads;
        this.tree = tree;
        this.jdbc = jdbc;
    }

    @GetMapping("/sth")
    SignedTreeHead treeHead() {
        return heads.current();
    }

    @GetMapping("/key")
    Map<String, String> key() {
        return Map.of("keyId", heads.key().keyId(), "publicKey", heads.key().publicKeyBase64());
    }

    @GetMapping("/entries")
    ResponseEntity<Object> entries(@RequestParam String start, @RequestParam String end) {
        long size = tree.size();
        Long from = number(start);
        Long to = number(end);
        if (from == null || to == null || from < 0 || to < from) {
            return error("'start' and 'end' are whole numbers with 0 <= start <= end");
        }
        long last = Math.min(Math.min(to, size), from + MAXIMUM_ENTRIES);
        List<Map<String, Object>> entries = jdbc.query("select leaf_index, data from ledger_leaf where leaf_index >= ? "
                + "and leaf_index < ? order by leaf_index", (row, number) -> entry(row.getLong(1), row.getString(2)),
                from, last);
        return ResponseEntity.ok(Map.of("entries", entries));
    }

    @GetMapping("/proof/inclusion")
    ResponseEntity<Object> inclusion(@RequestParam String index, @RequestParam String treeSize) {
        Long leaf = number(index);
        Long size = number(treeSize);
        if (leaf == null || size == null || leaf < 0 || leaf >= size || size > tree.size()) {
            return error("need 0 <= index < treeSize <= " + tree.size() + " (the current tree size)");
        }
        List<String> path = tree.levels().inclusionProof(LeafIndex.of(leaf), TreeSize.of(size)).stream()
                .map(TreeHeads::hex).toList();
        return ResponseEntity.ok(ordered("index", leaf, "treeSize", size, "path", path));
    }

    @GetMapping("/proof/consistency")
    ResponseEntity<Object> consistency(@RequestParam String first, @RequestParam String second) {
        Long older = number(first);
        Long newer = number(second);
        if (older == null || newer == null || older < 0 || older > newer || newer > tree.size()) {
            return error("need 0 <= first <= second <= " + tree.size() + " (the current tree size)");
        }
        List<String> path = tree.levels().consistencyProof(TreeSize.of(older), TreeSize.of(newer)).stream()
                .map(TreeHeads::hex).toList();
        return ResponseEntity.ok(ordered("first", older, "second", newer, "path", path));
    }

    private static Map<String, Object> entry(long index, String data) {
        return ordered("index", index, "data", Base64.getEncoder().encodeToString(data.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ResponseEntity<Object> error(String message) {
        return ApiErrors.of(400, "LEDGER_REQUEST_INVALID", message);
    }
}
