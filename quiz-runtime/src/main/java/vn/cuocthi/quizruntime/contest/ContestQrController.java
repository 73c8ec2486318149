package vn.cuocthi.quizruntime.contest;

import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.cuocthi.platformcore.branding.Brandings;
import vn.cuocthi.platformcore.tenancy.PublicUrls;
import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.platformcore.web.QrCodes;

/** The public QR code of a published contest, for the banner on the province portal (drafts: 404). */
@RestController
@HostScoped(HostScoped.Scope.PROVINCE)
class ContestQrController {

    private final PublicContests contests;
    private final PublicUrls urls;

    private final Brandings brandings;

    ContestQrController(PublicContests contests, PublicUrls urls, Brandings brandings) {
        this.contests = contests;
        this.urls = urls;
        this.brandings = brandings;
    }

    @GetMapping(value = "/contests/{id}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qr(@PathVariable UUID id) {
        PublicContestView contest = contests.get(id);
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)))
                .body(QrCodes.svg(urls.contest(contest.id()), "Mã QR: " + contest.name(), brandings.current().primaryColor()));
    }
}
