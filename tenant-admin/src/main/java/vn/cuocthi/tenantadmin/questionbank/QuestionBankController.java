package vn.cuocthi.tenantadmin.questionbank;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.cuocthi.platformcore.question.Question;
import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.tenantadmin.questionbank.importing.XlsxQuestionTemplate;

/** Staff API for the question bank: browse by topic and text, add one, import a file, correct or retire one. */
@Tag(name = "Question bank", description = "The province's multiple-choice questions and their importers")
@RestController
@HostScoped(HostScoped.Scope.PROVINCE)
@RequestMapping("/api/v1/admin/questions")
class QuestionBankController {

    private final QuestionBank bank;
    private final QuestionImport importer;

    QuestionBankController(QuestionBank bank, QuestionImport importer) {
        this.bank = bank;
        this.importer = importer;
    }

    /** All-or-nothing import of a file: 201 {@code {imported}}, or 422 with one error per bad line or row. */
    @Operation(summary = "Import a question file (xlsx, docx, aiken, gift, moodle-xml, qti21)",
            description = "All or nothing: 201 {imported}, or 422 with one error per bad line or row and nothing imported. "
                    + "Optional pool: a contestant group's code put on every question (an xlsx row's \"Nhóm đối tượng\" overrides it)")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> importFile(@RequestParam String format, @RequestParam(required = false) String pool,
                                                   @RequestParam MultipartFile file, Authentication staff) throws IOException {
        try (InputStream in = file.getInputStream()) {
            int imported = importer.importFile(format, pool, in, staff.getName());
            return ResponseEntity.status(HttpStatus.CREATED).body(QuestionImport.summary(imported));
        }
    }

    /** The Excel template officers fill in (Vietnamese headers, an example row, instructions). */
    @Operation(summary = "Download the Excel template for question imports")
    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxQuestionTemplate.write(out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mau-ngan-hang-cau-hoi.xlsx\"")
                .body(out.toByteArray());
    }

    @Operation(summary = "Browse active questions by topic and text, a page at a time",
            description = "text matches a piece of the question or its topic, ignoring diacritics and case; "
                    + "the X-Total-Count header says how many match in all")
    @GetMapping
    ResponseEntity<List<QuestionView>> browse(@RequestParam(required = false) String topic, @RequestParam(required = false) String text,
                                              @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        BankPage found = bank.page(topic, text, page, size);
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(found.total()))
                .body(found.entries().stream().map(entry -> QuestionView.of(entry.question())).toList());
    }

    @Operation(summary = "Add one question", description = "2 to 8 options, at least one correct; duplicates of active questions are 422")
    @PostMapping
    ResponseEntity<QuestionView> add(@RequestBody QuestionInput body, Authentication staff) {
        Question question = bank.add(body, staff.getName());
        return ResponseEntity.created(URI.create("/api/v1/admin/questions/" + question.id())).body(QuestionView.of(question));
    }

    /** Corrects a question: a new question replaces it (past attempts keep the old one, which no new exam draws). */
    @Operation(summary = "Correct a question",
            description = "Checked like an added one. The correction is a new question with a new id (200, Location); "
                    + "the old one is retired: no new exam draws it, past attempts keep showing it. 404 when retired")
    @PutMapping("/{id}")
    ResponseEntity<QuestionView> replace(@PathVariable UUID id, @RequestBody QuestionInput body, Authentication staff) {
        Question question = bank.replace(id, body, staff.getName());
        return ResponseEntity.ok().location(URI.create("/api/v1/admin/questions/" + question.id())).body(QuestionView.of(question));
    }

    /** Retires the question: no new exam draws it; past attempts keep it. */
    @Operation(summary = "Retire a question", description = "No new exam draws it; past attempts keep it")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> retire(@PathVariable UUID id) {
        bank.retire(id);
        return ResponseEntity.noContent().build();
    }
}
