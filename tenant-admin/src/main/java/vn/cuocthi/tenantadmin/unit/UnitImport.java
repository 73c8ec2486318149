package vn.cuocthi.tenantadmin.unit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Service;

import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ApiException.FieldError;

/**
 * Reads a unit list from the Excel or CSV file a province keeps: a header row naming the columns (in Vietnamese or
 * English, any order, with or without diacritics) and one unit per row. All or nothing, like the question bank:
 * every bad row is reported with its row number and nothing changes until the whole file is clean.
 */
@Service
public class UnitImport {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    private enum Column {
        CODE("ma don vi", "ma", "code"),
        NAME("ten don vi", "ten", "name"),
        PARENT("ma don vi cap tren", "don vi cap tren", "ma cap tren", "parent", "parentcode", "parent code"),
        HEADCOUNT("so bien che", "bien che", "so can bo", "headcount"),
        POPULATION("dan so", "population"),
        BLOCK("khoi", "khoi thi dua", "block");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }
    }

    private record Parsed(List<UnitInput> units, List<Integer> rows) {
    }

    private final UnitAdmin units;

    public UnitImport(UnitAdmin units) {
        this.units = units;
    }

    public List<UnitView> importFile(String filename, InputStream in) throws IOException {
        Parsed parsed = read(filename, in.readNBytes((int) MAX_BYTES + 1));
        return units.replace(parsed.units(), index -> parsed.rows().get(index));
    }

    /**
     * The units of a file as the import would store them, checked without the database (the fuzz test's way in):
     * every problem of the file is an {@link ApiException} with a 4xx status, nothing else escapes.
     */
    public static List<UnitInput> check(String filename, byte[] bytes) {
        Parsed parsed = read(filename, bytes);
        return UnitListValidator.validate(parsed.units(), index -> parsed.rows().get(index));
    }

    private static Parsed read(String filename, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw ApiException.invalid(List.of(FieldError.field("file", "units.import.tooLarge")));
        }
        boolean zip = bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K';
        return parse(zip ? readXlsx(bytes) : readCsv(bytes, filename));
    }

    private static List<List<String>> readXlsx(byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> table = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                table.add(cells);
            }
            return table;
        } catch (IOException | RuntimeException e) {
            throw ApiException.invalid(List.of(FieldError.field("file", "units.import.unreadable")));
        }
    }

    private static List<List<String>> readCsv(byte[] bytes, String filename) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\u0000') >= 0 || (filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".xls"))) {
            throw ApiException.invalid(List.of(FieldError.field("file", "units.import.unreadable")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n", -1);
        char separator = lines.length > 0 && count(lines[0], ';') > count(lines[0], ',') ? ';' : ',';
        List<List<String>> table = new ArrayList<>();
        for (String line : lines) {
            table.add(splitCsv(line, separator));
        }
        return table;
    }

    /** One CSV line; quoted fields may hold the separator and doubled quotes. */
    private static List<String> splitCsv(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static Parsed parse(List<List<String>> table) {
        int headerRow = -1;
        Map<Column, Integer> columns = new HashMap<>();
        for (int r = 0; r < Math.min(table.size(), 10) && headerRow < 0; r++) {
            Map<Column, Integer> found = header(table.get(r));
            if (found.containsKey(Column.CODE) && found.containsKey(Column.NAME)) {
                headerRow = r;
                columns = found;
            }
        }
        if (headerRow < 0 || !columns.containsKey(Column.HEADCOUNT)) {
            throw ApiException.invalid(List.of(FieldError.field("file", "units.import.header")));
        }
        List<UnitInput> units = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int r = headerRow + 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int row = r + 1; // as Excel and text editors number rows
            Integer headcount = number(cell(cells, columns.get(Column.HEADCOUNT)), row, errors);
            Integer population = number(cell(cells, columns.get(Column.POPULATION)), row, errors);
            units.add(new UnitInput(cell(cells, columns.get(Column.CODE)), cell(cells, columns.get(Column.NAME)),
                    cell(cells, columns.get(Column.PARENT)), headcount == null ? -1 : headcount, population,
                    cell(cells, columns.get(Column.BLOCK))));
            rows.add(row);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (units.isEmpty()) {
            throw ApiException.invalid(List.of(FieldError.field("file", "units.import.empty")));
        }
        return new Parsed(units, rows);
    }

    private static Map<Column, Integer> header(List<String> cells) {
        Map<Column, Integer> found = new HashMap<>();
        for (int c = 0; c < cells.size(); c++) {
            String name = fold(cells.get(c));
            for (Column column : Column.values()) {
                if (column.names.contains(name) && !found.containsKey(column)) {
                    found.put(column, c);
                }
            }
        }
        return found;
    }

    private static Integer number(String value, int row, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.replaceAll("[\\s.,]", "");
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            errors.add(FieldError.line(row, "units.import.number", value));
            return null;
        }
    }

    private static String cell(List<String> cells, Integer column) {
        return column == null || column >= cells.size() ? null : cells.get(column);
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").replaceAll("\\s+", " ").strip();
    }

    private static int count(String text, char ch) {
        return (int) text.chars().filter(c -> c == ch).count();
    }
}
