package vn.cuocthi.tenantadmin.questionbank;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.cuocthi.platformcore.question.Question;
import vn.cuocthi.platformcore.web.HostScoped;

/** Staff API for the question bank: browse by topic and text, add one, retire one. */
@RestController
@HostScoped(HostScoped.Scope.PROVINCE)
@RequestMapping("/api/v1/admin/questions")
class QuestionBankController {

    private final QuestionBank bank;

    QuestionBankController(QuestionBank bank) {
        this.bank = bank;
    }

    @GetMapping
    List<QuestionView> browse(@RequestParam(required = false) String topic, @RequestParam(required = false) String text,
                              @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return bank.search(topic, text, page, size).stream().map(QuestionView::of).toList();
    }

    @PostMapping
    ResponseEntity<QuestionView> add(@RequestBody QuestionInput body, Authentication staff) {
        Question question = bank.add(body, staff.getName());
        return ResponseEntity.created(URI.create("/api/v1/admin/questions/" + question.id())).body(QuestionView.of(question));
    }

    /** Retires the question: no new exam draws it; past attempts keep it. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> retire(@PathVariable UUID id) {
        bank.retire(id);
        return ResponseEntity.noContent().build();
    }
}
