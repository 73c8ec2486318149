package vn.cuocthi.platformcore.branding;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cuocthi.platformcore.TypedText;
import vn.cuocthi.platformcore.session.ImageKind;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ApiException.FieldError;

/**
 * The current province's branding, read on every page and therefore cached per province for a short while (a change
 * shows at once on the node that made it, on the others within {@code cuocthi.branding.cache}); changed only by its
 * admin, with colours whose contrast passes WCAG AA and images recognised by their bytes. A refusal changes nothing.
 */
@Service
public class Brandings {

    /** Links are shown on the page background (--tint) and on cards (--paper): both must read. */
    static final List<String> PAGE_BACKGROUNDS = List.of("#ffffff", "#f3f6fa");

    private record Cached(Branding branding, long loadedAt) {
    }

    private final JdbcClient jdbc;
    private final int imageMaxBytes;
    private final long cacheNanos;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public Brandings(JdbcClient jdbc, @Value("${cuocthi.branding.image-max-bytes:1048576}") int imageMaxBytes,
                     @Value("${cuocthi.branding.cache:30s}") Duration cache) {
        this.jdbc = jdbc;
        this.imageMaxBytes = imageMaxBytes;
        this.cacheNanos = cache.toNanos();
    }

    /** The current province's branding, or the platform's default look when it set none. */
    public Branding current() {
        String slug = TenantContext.require().slug();
        Cached cached = cache.get(slug);
        long now = System.nanoTime();
        if (cached != null && now - cached.loadedAt() < cacheNanos) {
            return cached.branding();
        }
        Branding loaded = load();
        cache.put(slug, new Cached(loaded, now));
        return loaded;
    }

    private Branding load() {
        return jdbc.sql("""
                select b.primary_color, b.text_color, b.organiser_name, b.organiser_contact, b.portal_url,
                       b.home_affairs_url, b.footer_text, b.version,
                       (select content_type from branding_image where kind = 'LOGO') as logo_type,
                       (select content_type from branding_image where kind = 'HEADER') as header_type
                from branding b""")
                .query((rs, row) -> new Branding(rs.getString("primary_color"), rs.getString("text_color"),
                        rs.getString("organiser_name"), rs.getString("organiser_contact"), rs.getString("portal_url"),
                        rs.getString("home_affairs_url"), rs.getString("footer_text"), rs.getString("logo_type"),
                        rs.getString("header_type"), rs.getLong("version")))
                .optional().orElse(Branding.DEFAULT);
    }

    @Transactional
    public Branding save(BrandingInput input, String actor) {
        List<FieldError> errors = new ArrayList<>();
        String primary = colour("primaryColor", input.primaryColor(), errors);
        String text = colour("textColor", input.textColor(), errors);
        if (primary != null && text != null) {
            double onPrimary = Contrast.ratio(text, primary);
            if (onPrimary < Contrast.AA) {
                errors.add(FieldError.field("textColor", "branding.contrast.text", text, primary, ratio(onPrimary)));
            }
            double worst = PAGE_BACKGROUNDS.stream().mapToDouble(background -> Contrast.ratio(primary, background)).min().orElseThrow();
            if (worst < Contrast.AA) {
                errors.add(FieldError.field("primaryColor", "branding.contrast.page", primary, ratio(worst)));
            }
        }
        String organiser = TypedText.check("organiserName", input.organiserName(), TypedText.Kind.LINE, 200, errors);
        String contact = TypedText.check("organiserContact", input.organiserContact(), TypedText.Kind.LONG, 500, errors);
        String portal = link("portalUrl", input.portalUrl(), errors);
        String homeAffairs = link("homeAffairsUrl", input.homeAffairsUrl(), errors);
        String footer = TypedText.check("footerText", input.footerText(), TypedText.Kind.LONG, 2000, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        jdbc.sql("""
                insert into branding (id, primary_color, text_color, organiser_name, organiser_contact, portal_url,
                                      home_affairs_url, footer_text, version, updated_by)
                values (1, ?, ?, ?, ?, ?, ?, ?, 1, ?)
                on conflict (id) do update set primary_color = excluded.primary_color, text_color = excluded.text_color,
                    organiser_name = excluded.organiser_name, organiser_contact = excluded.organiser_contact,
                    portal_url = excluded.portal_url, home_affairs_url = excluded.home_affairs_url,
                    footer_text = excluded.footer_text, version = branding.version + 1, updated_at = now(),
                    updated_by = excluded.updated_by""")
                .params(primary.toLowerCase(java.util.Locale.ROOT), text.toLowerCase(java.util.Locale.ROOT), organiser,
                        contact, portal, homeAffairs, footer, actor)
                .update();
        return fresh();
    }

    /** Stores the logo or the header image: JPEG, PNG or WebP by its bytes, at most the configured size. */
    @Transactional
    public Branding setImage(BrandingImage.Kind kind, InputStream in, String actor) throws IOException {
        byte[] content = in.readNBytes(imageMaxBytes + 1);
        if (content.length > imageMaxBytes) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "branding.image.refused",
                    List.of(FieldError.field("file", "branding.image.tooLarge", Math.max(1, imageMaxBytes / 1024))));
        }
        ImageKind type = ImageKind.of(content).orElseThrow(() -> ApiException.invalid(
                List.of(FieldError.field("file", "branding.image.type"))));
        // the texts' row must exist for the version to grow: the default colours until the admin sets others
        jdbc.sql("""
                insert into branding (id, primary_color, text_color, version, updated_by) values (1, ?, ?, 1, ?)
                on conflict (id) do update set version = branding.version + 1, updated_at = now(), updated_by = excluded.updated_by""")
                .params(Branding.DEFAULT.primaryColor(), Branding.DEFAULT.textColor(), actor).update();
        jdbc.sql("""
                insert into branding_image (kind, content_type, size_bytes, content) values (?, ?, ?, ?)
                on conflict (kind) do update set content_type = excluded.content_type, size_bytes = excluded.size_bytes,
                    content = excluded.content, updated_at = now()""")
                .params(kind.name(), type.contentType(), content.length, content).update();
        return fresh();
    }

    public Optional<BrandingImage> image(BrandingImage.Kind kind) {
        return jdbc.sql("""
                select i.content_type, i.content, b.version from branding_image i cross join branding b where i.kind = ?""")
                .param(kind.name())
                .query((rs, row) -> new BrandingImage(kind, rs.getString("content_type"), rs.getBytes("content"), rs.getLong("version")))
                .optional();
    }

    public int imageMaxBytes() {
        return imageMaxBytes;
    }

    private Branding fresh() {
        cache.remove(TenantContext.require().slug());
        return current();
    }

    private static String colour(String field, String typed, List<FieldError> errors) {
        String value = typed == null ? null : typed.strip();
        if (!Contrast.isColour(value)) {
            errors.add(FieldError.field(field, "branding.colour.invalid", value == null ? "" : value));
            return null;
        }
        return value;
    }

    /** An address of another site: http(s) only, so a link can never run a script in the province's pages. */
    private static String link(String field, String typed, List<FieldError> errors) {
        String value = TypedText.check(field, typed, TypedText.Kind.LINE, 500, errors);
        if (value != null && !value.matches("(?i)https?://[^\\s/?#]+[^\\s]*")) {
            errors.add(FieldError.field(field, "branding.link.invalid"));
            return null;
        }
        return value;
    }

    /** Rounded down (a pair just under 4.5 never reads as 4.50), formatted in the reader's language by the message. */
    private static Double ratio(double ratio) {
        return Math.floor(ratio * 100) / 100;
    }
}
