package vn.cuocthi.quizruntime.branding;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.cuocthi.platformcore.branding.Branding;
import vn.cuocthi.platformcore.branding.BrandingImage;
import vn.cuocthi.platformcore.branding.Brandings;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.HostScoped;

/**
 * The province's look for its pages: its colours as CSS custom properties in a stylesheet of its own (the CSP allows
 * no inline style), its logo and header image. Pages link them with the branding's version, so they are cached for a
 * day and a change shows at once through the new address.
 */
@RestController
@HostScoped(HostScoped.Scope.PROVINCE)
class BrandingAssetsController {

    private static final CacheControl CACHED = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
    private static final MediaType CSS = MediaType.parseMediaType("text/css;charset=UTF-8");

    private final Brandings brandings;

    BrandingAssetsController(Brandings brandings) {
        this.brandings = brandings;
    }

    @GetMapping("/thuong-hieu.css")
    ResponseEntity<String> stylesheet(@RequestParam(required = false) Long v) {
        Branding branding = brandings.current();
        // the colours were checked as #rrggbb when saved: nothing else can reach the stylesheet
        String css = """
                :root { --brand: %1$s; --brand-dark: %2$s; --on-brand: %3$s; }
                .site-header, .site-header a, .button, .button:hover { color: var(--on-brand); }
                .button-secondary, .button-secondary:hover, .button.secondary, .button.secondary:hover { color: var(--brand); }
                """.formatted(branding.primaryColor(), branding.primaryDark(), branding.textColor());
        return ResponseEntity.ok().contentType(CSS).cacheControl(cache(v, branding)).body(css);
    }

    @GetMapping("/thuong-hieu/logo")
    ResponseEntity<byte[]> logo(@RequestParam(required = false) Long v) {
        return image(BrandingImage.Kind.LOGO, v);
    }

    @GetMapping("/thuong-hieu/anh-dau-trang")
    ResponseEntity<byte[]> header(@RequestParam(required = false) Long v) {
        return image(BrandingImage.Kind.HEADER, v);
    }

    private ResponseEntity<byte[]> image(BrandingImage.Kind kind, Long v) {
        BrandingImage image = brandings.image(kind).orElseThrow(() -> ApiException.notFound("branding.image.none"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(v != null && v == image.version() ? CACHED : CacheControl.noCache())
                .body(image.content());
    }

    /** Only the current version's address is cached for long; any other is revalidated. */
    private static CacheControl cache(Long v, Branding branding) {
        return v != null && v == branding.version() ? CACHED : CacheControl.noCache();
    }
}
