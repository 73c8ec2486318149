package vn.cuocthi.quizruntime.help;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import vn.cuocthi.platformcore.web.HostScoped;

/**
 * The contestants' help page of a province site (linked from every page's footer): how to register, sit the exam,
 * what happens when the connection drops, where results appear and whom to ask. Public, the same for everyone; the
 * province's name comes from the page model.
 */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class HelpPageController {

    @GetMapping("/tro-giup")
    String help() {
        return "runtime/help";
    }
}
