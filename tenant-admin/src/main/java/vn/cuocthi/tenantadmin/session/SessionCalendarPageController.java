package vn.cuocthi.tenantadmin.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.session.ExamSession;
import vn.cuocthi.platformcore.session.ExamSessionStatus;
import vn.cuocthi.platformcore.session.ExamSessionStore;
import vn.cuocthi.platformcore.session.ExamSessions;
import vn.cuocthi.platformcore.session.SessionPhoto;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.HostScoped;

/** The console's calendar of collective sessions, with their photos, and the confirm and cancel buttons. */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class SessionCalendarPageController {

    private final ContestStore contests;
    private final ExamSessions sessions;
    private final ExamSessionStore store;

    SessionCalendarPageController(ContestStore contests, ExamSessions sessions, ExamSessionStore store) {
        this.contests = contests;
        this.sessions = sessions;
        this.store = store;
    }

    @GetMapping("/admin/contests/{id}/sessions")
    String calendar(@PathVariable UUID id, @RequestParam(required = false) Integer round, Model model) {
        Contest contest = contests.find(id).orElseThrow(() -> ApiException.notFound("contest.notFound", id));
        List<ExamSession> list = sessions.list(id, round);
        Map<UUID, List<SessionPhoto>> photos = new HashMap<>();
        list.stream().filter(s -> s.photoCount() > 0).forEach(s -> photos.put(s.id(), store.photos(s.id())));
        model.addAttribute("contest", contest);
        model.addAttribute("round", round);
        model.addAttribute("calendar", SessionCalendar.of(list));
        model.addAttribute("photos", photos);
        return "admin/sessions";
    }

    @PostMapping("/admin/contests/{id}/sessions/{sessionId}/confirm")
    String confirm(@PathVariable UUID id, @PathVariable UUID sessionId, @RequestParam(required = false) Integer round,
                   Authentication staff, RedirectAttributes redirect) {
        return set(id, sessionId, ExamSessionStatus.CONFIRMED, round, staff, redirect);
    }

    @PostMapping("/admin/contests/{id}/sessions/{sessionId}/cancel")
    String cancel(@PathVariable UUID id, @PathVariable UUID sessionId, @RequestParam(required = false) Integer round,
                  Authentication staff, RedirectAttributes redirect) {
        return set(id, sessionId, ExamSessionStatus.CANCELLED, round, staff, redirect);
    }

    private String set(UUID id, UUID sessionId, ExamSessionStatus status, Integer round, Authentication staff,
                       RedirectAttributes redirect) {
        ExamSession changed = sessions.setStatus(id, sessionId, status, staff.getName());
        redirect.addFlashAttribute("changed", changed);
        return "redirect:/admin/contests/" + id + "/sessions" + (round == null ? "" : "?round=" + round)
                + "#session-" + sessionId;
    }
}
