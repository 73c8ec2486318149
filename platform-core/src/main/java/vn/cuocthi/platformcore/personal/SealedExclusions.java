package vn.cuocthi.platformcore.personal;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.cuocthi.platformcore.PersonalNumbers;
import vn.cuocthi.platformcore.personal.PersonalData.LookupKind;

/**
 * The contest's exclusion list (organisers' CCCDs and phones) as stored: in the contest's jsonb each number is
 * {@code cccdSealed}/{@code phoneSealed} (base64 of {@link PersonalData#seal}, the contest's id as the row) and
 * {@code cccdLookup}/{@code phoneLookup} (hex look-up hash), never the number; in memory, the API and the console it
 * is the typed number as before. Audit entries keep it masked (append-only rows cannot follow a key rotation).
 */
@Component
public class SealedExclusions {

    private static final List<String> NUMBERS = List.of("cccd", "phone");
    /** A stored exclusion still holding a clear number (contests from before tenant-0.7). */
    private static final String CLEAR = "jsonb_path_exists(%s, '$.registrationFields.exclusions[*] ? (exists(@.cccd) || exists(@.phone))')";

    private final JdbcClient jdbc;
    private final PersonalData personal;
    private final JsonMapper json;
    private final TransactionTemplate transaction;

    public SealedExclusions(JdbcClient jdbc, PersonalData personal, JsonMapper json, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.personal = personal;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The definition's JSON as stored: numbers sealed and hashed. */
    public String stored(UUID contestId, Object definition) {
        return json.writeValueAsString(each(json.valueToTree(definition), (exclusion, kind) -> {
            JsonNode number = exclusion.remove(kind);
            if (number != null && number.isString()) {
                exclusion.put(kind + "Sealed", Base64.getEncoder().encodeToString(
                        personal.seal("exclusion." + kind, contestId, number.asString())));
                normalised(kind, number.asString()).ifPresent(value ->
                        exclusion.put(kind + "Lookup", personal.lookupHex(lookupKind(kind), value)));
            }
        }));
    }

    /** The stored JSON with the numbers opened again (a clear number from before tenant-0.7 is left as it is). */
    public JsonNode opened(UUID contestId, String stored) {
        return each(json.readTree(stored), (exclusion, kind) -> {
            JsonNode sealed = exclusion.remove(kind + "Sealed");
            exclusion.remove(kind + "Lookup");
            if (sealed != null && sealed.isString()) {
                exclusion.put(kind, personal.open("exclusion." + kind, contestId, Base64.getDecoder().decode(sealed.asString())));
            }
        });
    }

    /** An audited value's JSON: a definition's excluded numbers masked (09******78). */
    public String audited(Object value) {
        return json.writeValueAsString(masked(json.valueToTree(value)));
    }

    private JsonNode masked(JsonNode tree) {
        return each(tree, (exclusion, kind) -> {
            JsonNode number = exclusion.get(kind);
            if (number != null && number.isString()) {
                exclusion.put(kind, Masks.number(number.asString()));
            }
        });
    }

    /**
     * Seals the clear numbers of contests from before tenant-0.7, and masks them in their audit entries (append-only:
     * the trigger is set aside for this one rewrite, in the same transaction). Right after the province's migration.
     */
    public int sealClear() {
        Integer contests = transaction.execute(status -> {
            List<Map<String, Object>> rows = jdbc.sql("select id, definition::text as definition from contest where "
                    + CLEAR.formatted("definition") + " for update").query().listOfRows();
            rows.forEach(row -> rewrite((UUID) row.get("id"), (String) row.get("definition")));
            List<Map<String, Object>> audited = jdbc.sql("select id, before::text as before, after::text as after"
                    + " from contest_audit where " + CLEAR.formatted("before") + " or " + CLEAR.formatted("after"))
                    .query().listOfRows();
            if (!audited.isEmpty()) {
                jdbc.sql("alter table contest_audit disable trigger contest_audit_append_only").update();
                for (Map<String, Object> row : audited) {
                    jdbc.sql("update contest_audit set before = cast(? as jsonb), after = cast(? as jsonb) where id = ?")
                            .params(maskedText(row.get("before")), maskedText(row.get("after")), row.get("id")).update();
                }
                jdbc.sql("alter table contest_audit enable trigger contest_audit_append_only").update();
            }
            return rows.size();
        });
        return contests == null ? 0 : contests;
    }

    /**
     * Contests whose exclusions are sealed under another key or hashed under another look-up key, rewritten under
     * the current ones (the re-encryption and the look-up rotation); how many.
     */
    public int reseal() {
        return transaction.execute(status -> {
            int moved = 0;
            for (Map<String, Object> row : jdbc.sql("select id, definition::text as definition from contest where"
                    + " jsonb_path_exists(definition, '$.registrationFields.exclusions[*]') for update").query().listOfRows()) {
                UUID id = (UUID) row.get("id");
                String stored = (String) row.get("definition");
                if (stale(json.readTree(stored), opened(id, stored))) {
                    rewrite(id, stored);
                    moved++;
                }
            }
            return moved;
        });
    }

    /** Whether a stored exclusion list holds a clear number, or one sealed or hashed under another key than the current. */
    private boolean stale(JsonNode stored, JsonNode opened) {
        JsonNode sealed = stored.path("registrationFields").path("exclusions");
        JsonNode clear = opened.path("registrationFields").path("exclusions");
        for (int i = 0; i < sealed.size(); i++) {
            for (String kind : NUMBERS) {
                JsonNode value = sealed.path(i).path(kind + "Sealed");
                if (sealed.path(i).has(kind)) {
                    return true;
                }
                if (value.isString()) {
                    String lookup = normalised(kind, clear.path(i).path(kind).asString())
                            .map(number -> personal.lookupHex(lookupKind(kind), number)).orElse(null);
                    if (PersonalData.keyOf(Base64.getDecoder().decode(value.asString())) != personal.currentKey()
                            || (lookup != null && !lookup.equals(sealed.path(i).path(kind + "Lookup").asString()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void rewrite(UUID id, String stored) {
        jdbc.sql("update contest set definition = cast(? as jsonb), version = version + 1 where id = ?")
                .params(stored(id, opened(id, stored)), id).update();
    }

    private String maskedText(Object stored) {
        return stored == null ? null : json.writeValueAsString(masked(json.readTree((String) stored)));
    }

    /** {@code change} applied to each number kind of each exclusion of the definition's tree; the tree. */
    private static JsonNode each(JsonNode definition, java.util.function.BiConsumer<ObjectNode, String> change) {
        JsonNode exclusions = definition.path("registrationFields").path("exclusions");
        for (JsonNode exclusion : exclusions) {
            if (exclusion instanceof ObjectNode object) {
                NUMBERS.forEach(kind -> change.accept(object, kind));
            }
        }
        return definition;
    }

    private static Optional<String> normalised(String kind, String typed) {
        return kind.equals("cccd") ? PersonalNumbers.cccd(typed) : PersonalNumbers.mobile(typed);
    }

    private static LookupKind lookupKind(String kind) {
        return kind.equals("cccd") ? LookupKind.CCCD : LookupKind.PHONE;
    }
}
