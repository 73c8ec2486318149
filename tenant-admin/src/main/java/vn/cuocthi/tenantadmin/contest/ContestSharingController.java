package vn.cuocthi.tenantadmin.contest;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.platformcore.web.QrCodes;

/** The contest's public link, QR code (PNG and SVG downloads) and banner snippet, for staff promoting it. */
@RestController
@HostScoped(HostScoped.Scope.PROVINCE)
@RequestMapping("/api/v1/admin/contests/{id}")
@Tag(name = "Contests", description = "Staff configure, publish and promote the province's contests")
class ContestSharingController {

    private final ContestAdmin contests;
    private final ContestSharing sharing;

    ContestSharingController(ContestAdmin contests, ContestSharing sharing) {
        this.contests = contests;
        this.sharing = sharing;
    }

    @GetMapping("/sharing")
    @Operation(summary = "Public link, short link, Zalo and Facebook share links, QR code downloads and an embeddable banner snippet",
            description = "shortUrl is https://<province host>/c/<code>, given on the first call and kept; it redirects to url")
    ContestSharing.Sharing sharing(@PathVariable UUID id) {
        return sharing.of(id);
    }

    @GetMapping(value = "/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "QR code of the public link as a PNG download", description = "size: 128 to 2048 pixels, 512 by default")
    ResponseEntity<byte[]> png(@PathVariable UUID id, @RequestParam(defaultValue = "512") int size) {
        int pixels = Math.clamp(size, 128, 2048);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .header("Content-Disposition", "attachment; filename=\"ma-qr-cuoc-thi.png\"")
                .body(QrCodes.png(sharing.link(contests.get(id)), pixels));
    }

    @GetMapping(value = "/qr.svg", produces = "image/svg+xml")
    @Operation(summary = "QR code of the public link as an SVG download (for print), in the province's primary colour")
    ResponseEntity<String> svg(@PathVariable UUID id) {
        Contest contest = contests.get(id);
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"ma-qr-cuoc-thi.svg\"")
                .body(QrCodes.svg(sharing.link(contest), "Mã QR: " + contest.definition().name(), sharing.qrColour()));
    }
}
