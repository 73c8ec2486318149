package vn.cuocthi.quizruntime.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.web.HostScoped;

/** The province's public home: its name and its contests (none are published until contests exist). */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class ProvinceHomeController {

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("province", TenantContext.require());
        return "runtime/province-home";
    }
}
