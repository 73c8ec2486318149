package vn.cuocthi.tenantadmin.contest;

import java.util.UUID;

import org.springframework.stereotype.Service;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.tenancy.PublicUrls;
import vn.cuocthi.platformcore.web.QrCodes;

/**
 * What staff need to promote a contest: its public link, where its QR code downloads are, and a banner snippet to
 * paste into the province's portal. The API and the console's sharing page show the same.
 */
@Service
public class ContestSharing {

    private final ContestAdmin contests;
    private final PublicUrls urls;

    public ContestSharing(ContestAdmin contests, PublicUrls urls) {
        this.contests = contests;
        this.urls = urls;
    }

    /**
     * @param qrPng      the staff API path of the PNG download
     * @param qrSvg      the staff API path of the SVG download
     * @param bannerHtml self-contained HTML (inline styles, as portals paste it) linking to the contest
     */
    public record Sharing(String url, String qrPng, String qrSvg, String bannerHtml) {
    }

    public Sharing of(UUID id) {
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

    /** The contest's public page on the province's host. */
    public String link(Contest contest) {
        return urls.contest(contest.id());
    }
}
