package vn.cuocthi.tenantadmin.contest;

import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.tenancy.PublicUrls;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.platformcore.web.QrCodes;

/**
 * What staff need to promote a contest: its public link, the QR code (PNG and SVG downloads) and a banner snippet
 * to paste into the province's portal.
 */
@RestController
@HostScoped(HostScoped.Scope.PROVINCE)
@RequestMapping("/api/v1/admin/contests/{id}")
class ContestSharingController {

    private final ContestAdmin contests;
    private final PublicUrls urls;

    ContestSharingController(ContestAdmin contests, PublicUrls urls) {
        this.contests = contests;
        this.urls = urls;
    }

    record Sharing(String url, String qrPng, String qrSvg, String bannerHtml) {
    }

    @GetMapping("/sharing")
    Sharing sharing(@PathVariable UUID id) {
        Contest contest = contests.get(id);
        String link = link(contest);
        String api = "/api/v1/admin/contests/" + id;
        String qr = link + "/qr.svg";
        String name = QrCodes.escape(contest.definition().name() == null ? "" : contest.definition().name());
        String banner = """
                <a href="%s" target="_blank" rel="noopener" style="display:flex;align-items:center;gap:12px;max-width:480px;\
                padding:12px 16px;border-radius:8px;background:#0b5cad;color:#fff;font:600 16px/1.4 system-ui,sans-serif;\
                text-decoration:none"><img src="%s" alt="Mã QR vào cuộc thi" width="96" height="96" \
                style="background:#fff;border-radius:4px"><span>Tham gia %s</span></a>""".formatted(link, qr, name);
        return new Sharing(link, api + "/qr.png", api + "/qr.svg", banner);
    }

    @GetMapping(value = "/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> png(@PathVariable UUID id, @RequestParam(defaultValue = "512") int size) {
        int pixels = Math.clamp(size, 128, 2048);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .header("Content-Disposition", "attachment; filename=\"ma-qr-cuoc-thi.png\"")
                .body(QrCodes.png(link(contests.get(id)), pixels));
    }

    @GetMapping(value = "/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> svg(@PathVariable UUID id) {
        Contest contest = contests.get(id);
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"ma-qr-cuoc-thi.svg\"")
                .body(QrCodes.svg(link(contest), "Mã QR: " + contest.definition().name()));
    }

    private String link(Contest contest) {
        return urls.province(TenantContext.require().slug()) + "/contests/" + contest.id();
    }
}
