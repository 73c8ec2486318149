package vn.cuocthi.tenantadmin.contest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.stereotype.Service;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestShortLinks;
import vn.cuocthi.platformcore.branding.Branding;
import vn.cuocthi.platformcore.branding.Brandings;
import vn.cuocthi.platformcore.tenancy.PublicUrls;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.web.QrCodes;

/**
 * What staff need to promote a contest: its public link, where its QR code downloads are, and a banner snippet to
 * paste into the province's portal, a short link ({@code /c/<code>}) and share links for Zalo and Facebook (plain
 * links to their share pages: no third-party script on our pages). The API and the console's sharing page show the same.
 */
@Service
public class ContestSharing {

    private final ContestAdmin contests;
    private final PublicUrls urls;
    private final ContestShortLinks shortLinks;
    private final Brandings brandings;

    public ContestSharing(ContestAdmin contests, PublicUrls urls, ContestShortLinks shortLinks, Brandings brandings) {
        this.contests = contests;
        this.urls = urls;
        this.shortLinks = shortLinks;
        this.brandings = brandings;
    }

    /**
     * @param qrPng      the staff API path of the PNG download
     * @param qrSvg      the staff API path of the SVG download
     * @param bannerHtml self-contained HTML (inline styles, as portals paste it) linking to the contest
     * @param shortUrl   {@code <province host>/c/<code>}, leading to {@code url}
     * @param zaloShare  Zalo's share page for the short link
     * @param facebookShare Facebook's share page for the short link
     */
    public record Sharing(String url, String qrPng, String qrSvg, String bannerHtml, String shortUrl, String zaloShare,
                          String facebookShare) {
    }

    public Sharing of(UUID id) {
        Contest contest = contests.get(id);
        String link = link(contest);
        String api = "/api/v1/admin/contests/" + id;
        String qr = link + "/qr.svg";
        String name = QrCodes.escape(contest.definition().name() == null ? "" : contest.definition().name());
        // the province's colours (checked for contrast when saved) and logo, absolute: the snippet lives on its portal
        Branding branding = brandings.current();
        String logo = branding.hasLogo() ? """
                <img src="%s/thuong-hieu/logo?v=%d" alt="" height="48" style="background:#fff;border-radius:4px">"""
                .formatted(urls.province(TenantContext.require().slug()), branding.version()) : "";
        String banner = """
                <a href="%s" target="_blank" rel="noopener" style="display:flex;align-items:center;gap:12px;max-width:480px;\
                padding:12px 16px;border-radius:8px;background:%s;color:%s;font:600 16px/1.4 system-ui,sans-serif;\
                text-decoration:none">%s<img src="%s" alt="Mã QR vào cuộc thi" width="96" height="96" \
                style="background:#fff;border-radius:4px"><span>Tham gia %s</span></a>""".formatted(link,
                branding.primaryColor(), branding.textColor(), logo, qr, name);
        String shortUrl = urls.shortLink(shortLinks.codeOf(id));
        String encoded = URLEncoder.encode(shortUrl, StandardCharsets.UTF_8);
        return new Sharing(link, api + "/qr.png", api + "/qr.svg", banner, shortUrl,
                "https://zalo.me/share?url=" + encoded, "https://www.facebook.com/sharer/sharer.php?u=" + encoded);
    }

    /** The province's primary colour, the public QR code's too (it reads on white: checked when saved). */
    public String qrColour() {
        return brandings.current().primaryColor();
    }

    /** The contest's public page on the province's host. */
    public String link(Contest contest) {
        return urls.contest(contest.id());
    }
}
