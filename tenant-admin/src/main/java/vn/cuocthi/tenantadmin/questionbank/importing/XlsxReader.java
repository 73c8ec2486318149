package vn.cuocthi.tenantadmin.questionbank.importing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Excel laid out as {@link XlsxQuestionTemplate}: the first sheet with a header row (within its first rows) is
 * read, one question per row, rows with every cell empty skipped, cells as Excel displays them. Streams the sheet
 * (POI's event API) so that a large workbook costs little memory. Lines are Excel's row numbers.
 */
final class XlsxReader implements QuestionReader {

    /** A header row is looked for among the first rows only: a title and a blank line may come first. */
    private static final int HEADER_SEARCH_ROWS = 20;
    private static final Set<XlsxColumn.Header> REQUIRED = Set.of(new XlsxColumn.Header(XlsxColumn.QUESTION, -1),
            new XlsxColumn.Header(XlsxColumn.OPTION, 0), new XlsxColumn.Header(XlsxColumn.OPTION, 1),
            new XlsxColumn.Header(XlsxColumn.CORRECT, -1));

    @Override
    public void read(byte[] content, ImportContext context) throws Exception {
        if (!OfficePackage.check(content, context)) {
            return;
        }
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            DataFormatter formatter = new DataFormatter(Locale.of("vi", "VN"));
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                Rows rows = new Rows(context);
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows,
                            formatter, false));
                    parser.parse(new InputSource(sheet));
                } catch (StopReading stop) {
                    // the sheet had no header row, or the file has more questions than allowed
                }
                if (rows.header != null) {
                    return;
                }
            }
        }
        context.problem(0, ProblemCode.XLSX_NO_HEADER, requiredTitles());
    }

    private static String requiredTitles() {
        return "“" + XlsxColumn.QUESTION.title(0) + "”, “" + XlsxColumn.OPTION.title(0) + "”, “"
                + XlsxColumn.OPTION.title(1) + "”, “" + XlsxColumn.CORRECT.title(0) + "”";
    }

    /** Ends the parse of a sheet early: the row callbacks cannot throw SAX's checked exception. */
    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super("stop reading the sheet", null, false, false);
        }
    }

    /** Receives a sheet's cells row by row: finds the header, then turns each row into a question. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final ImportContext context;
        private final Map<Integer, String> cells = new HashMap<>();
        private Map<Integer, XlsxColumn.Header> header;
        private int nextColumn;

        Rows(ImportContext context) {
            this.context = context;
        }

        @Override
        public void startRow(int rowIndex) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : column(reference);
            nextColumn = column + 1;
            if (value != null) {
                cells.put(column, value);
            }
        }

        @Override
        public void endRow(int rowIndex) {
            if (header == null) {
                findHeader(rowIndex);
            } else if (cells.values().stream().anyMatch(value -> !QuestionText.tidy(value).isEmpty())) {
                if (!context.add(question(rowIndex + 1))) {
                    throw new StopReading();
                }
            }
        }

        /** The 0-based column of a reference such as "AB12": cheaper than CellReference, called for every cell. */
        private static int column(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            }
            return column - 1;
        }

        private void findHeader(int rowIndex) {
            Map<Integer, XlsxColumn.Header> found = new HashMap<>();
            for (Map.Entry<Integer, String> cell : cells.entrySet()) {
                XlsxColumn.match(cell.getValue()).ifPresent(h -> found.put(cell.getKey(), h));
            }
            if (found.values().containsAll(REQUIRED)) {
                header = found;
                reportRepeatedColumns(found);
            } else if (rowIndex + 1 >= HEADER_SEARCH_ROWS) {
                throw new StopReading();
            }
        }

        private void reportRepeatedColumns(Map<Integer, XlsxColumn.Header> found) {
            Map<XlsxColumn.Header, Integer> seen = new HashMap<>();
            found.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
                if (seen.putIfAbsent(entry.getValue(), entry.getKey()) != null) {
                    context.problem(0, ProblemCode.XLSX_DUPLICATE_COLUMN, cells.get(entry.getKey()).strip());
                }
            });
        }

        private QuestionDraft question(int row) {
            QuestionDraft draft = new QuestionDraft(row);
            String[] options = new String[QuestionRules.MAX_OPTIONS];
            for (Map.Entry<Integer, XlsxColumn.Header> column : header.entrySet()) {
                String value = cells.getOrDefault(column.getKey(), "");
                XlsxColumn.Header h = column.getValue();
                switch (h.column()) {
                    case QUESTION -> draft.appendText(value);
                    case OPTION -> options[h.option()] = value;
                    case TOPIC -> draft.topic(value);
                    case DIFFICULTY -> draft.difficulty(value);
                    case EXPLANATION -> draft.explanation(value);
                    case LEGAL_SOURCE -> draft.legalSource(value);
                    case POOLS -> draft.pools(value);
                    case CORRECT -> {
                        // read once the options are known
                    }
                }
            }
            List<String> written = new ArrayList<>();
            int last = -1;
            for (int i = 0; i < options.length; i++) {
                if (!QuestionText.tidy(options[i]).isEmpty()) {
                    last = i;
                }
            }
            for (int i = 0; i <= last; i++) {
                written.add(options[i] == null ? "" : options[i]);
            }
            Set<String> correct = correctLetters(draft, written.size());
            for (int i = 0; i < written.size(); i++) {
                draft.option(written.get(i), correct.contains(QuestionRules.letter(i)));
            }
            return draft;
        }

        private Set<String> correctLetters(QuestionDraft draft, int optionCount) {
            String cell = header.entrySet().stream().filter(e -> e.getValue().column() == XlsxColumn.CORRECT)
                    .map(e -> cells.getOrDefault(e.getKey(), "")).findFirst().orElse("");
            if (QuestionText.tidy(cell).isEmpty()) {
                return Set.of();
            }
            Optional<Set<String>> letters = AnswerLetters.parse(cell);
            if (letters.isEmpty()) {
                context.answerProblem(draft, ProblemCode.QUESTION_BAD_ANSWER_KEY, QuestionText.tidy(cell));
                return Set.of();
            }
            for (String letter : letters.get()) {
                if (AnswerLetters.index(letter) >= optionCount) {
                    context.answerProblem(draft, ProblemCode.QUESTION_UNKNOWN_ANSWER, letter);
                }
            }
            return letters.get();
        }
    }
}
