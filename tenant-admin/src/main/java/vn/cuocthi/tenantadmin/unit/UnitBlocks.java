package vn.cuocthi.tenantadmin.unit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cuocthi.platformcore.TypedText;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ApiException.FieldError;

/**
 * The names of the province's prize blocks. A unit and the collective rules name a block by its code (SO_NGANH);
 * staff read its name ("Sở, ban, ngành"), kept here per code (table {@code unit_block}). A block is the set of units
 * with that code, so only a code some unit has can be named; a blank name removes it (the code is shown then).
 */
@Service
public class UnitBlocks {

    static final int MAX_NAME = 200;

    /** A block as the page and the API show it: its code, its name (null when none), how many units it has. */
    public record Block(String code, String name, int units) {

        public String label() {
            return name == null ? code : name;
        }
    }

    private final JdbcClient jdbc;

    UnitBlocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every block some unit belongs to, by code. */
    @Transactional(readOnly = true)
    public List<Block> list() {
        return jdbc.sql("""
                select u.block as code, b.name, count(*) as units from unit u left join unit_block b on b.code = u.block
                where u.block is not null group by u.block, b.name order by u.block""")
                .query((rs, row) -> new Block(rs.getString("code"), rs.getString("name"), rs.getInt("units"))).list();
    }

    /** Code → name of the named blocks, for showing units. */
    @Transactional(readOnly = true)
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        list().stream().filter(block -> block.name() != null).forEach(block -> names.put(block.code(), block.name()));
        return names;
    }

    @Transactional
    public List<Block> rename(String code, String name) {
        if (list().stream().noneMatch(block -> block.code().equals(code))) {
            throw ApiException.notFound("unit.block.notFound", code);
        }
        String cleaned = name == null ? "" : name.strip();
        if (TypedText.refused(cleaned, TypedText.Kind.LINE)) {
            throw ApiException.invalid(List.of(FieldError.field("name", "text.control")));
        }
        if (cleaned.length() > MAX_NAME) {
            throw ApiException.invalid(List.of(FieldError.field("name", "unit.block.nameTooLong", MAX_NAME)));
        }
        if (cleaned.isEmpty()) {
            jdbc.sql("delete from unit_block where code = ?").param(code).update();
        } else {
            jdbc.sql("insert into unit_block (code, name) values (?, ?) on conflict (code) do update set name = excluded.name")
                    .param(code).param(cleaned).update();
        }
        return list();
    }
}
