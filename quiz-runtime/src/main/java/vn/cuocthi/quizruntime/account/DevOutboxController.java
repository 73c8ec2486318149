package vn.cuocthi.quizruntime.account;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.cuocthi.platformcore.web.HostScoped;

/** {@code /dev/tin-nhan}: the local outbox of this province (recovery codes by SMS and e-mail); local profile only. */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
@ConditionalOnProperty(name = "cuocthi.profile", havingValue = "local", matchIfMissing = true)
class DevOutboxController {

    private final DevOutbox outbox;

    DevOutboxController(DevOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/dev/tin-nhan")
    String messages(Model model) {
        model.addAttribute("messages", outbox.messages());
        return "runtime/dev-outbox";
    }
}
