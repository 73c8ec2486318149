package vn.cuocthi.tenantadmin.session;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ColumnChart;
import vn.cuocthi.platformcore.web.ErrorMessages;
import vn.cuocthi.platformcore.web.FormErrors;
import vn.cuocthi.platformcore.web.HostScoped;

/**
 * The operator's capacity plan as a page: every province's registered collective sessions summed per hour, for a
 * range of days (Vietnam time), as a table and a column chart drawn on the server. The same service as
 * {@code GET /api/v1/platform/sessions/hourly}.
 */
@Controller
@HostScoped(HostScoped.Scope.PLATFORM)
class OperatorSessionsPageController {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("dd/MM HH:mm");

    private final PlatformSessionLoad load;
    private final Clock clock;
    private final ErrorMessages messages;

    OperatorSessionsPageController(PlatformSessionLoad load, Clock clock, ErrorMessages messages) {
        this.load = load;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/operator/sessions")
    String hourly(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  Authentication operator, Model model, Locale locale) {
        LocalDate today = VietnamTime.of(clock.instant()).toLocalDate();
        String fromText = from == null || from.isBlank() ? today.toString() : from.strip();
        String toText = to == null || to.isBlank() ? today.plusDays(6).toString() : to.strip();
        model.addAttribute("operator", operator.getName());
        model.addAttribute("from", fromText);
        model.addAttribute("to", toText);
        try {
            // the last day is included: the range ends at the start of the day after it
            PlatformSessionLoad.Plan plan = load.hourly(startOf("from", fromText), startOf("to", toText, 1));
            model.addAttribute("hours", plan.hours());
            model.addAttribute("chart", ColumnChart.of(plan.hours().stream()
                    .map(hour -> new ColumnChart.Entry(hour.hour().format(HOUR), hour.expectedParticipants())).toList(), 24, 120));
            model.addAttribute("errors", FormErrors.none());
        } catch (ApiException e) {
            model.addAttribute("hours", List.of());
            model.addAttribute("chart", ColumnChart.of(List.of(), 24, 120));
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
        }
        return "operator/sessions";
    }

    private static String startOf(String field, String day) {
        return startOf(field, day, 0);
    }

    /** The instant a Vietnam day (plus some days) starts, as the API reads it; a malformed day is the API's refusal. */
    private static String startOf(String field, String day, int plusDays) {
        try {
            return LocalDate.parse(day).plusDays(plusDays).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(List.of(ApiException.FieldError.field(field, "operator.sessions.day", day)));
        }
    }
}
