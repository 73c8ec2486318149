package vn.cuocthi.tenantadmin.branding;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.cuocthi.platformcore.branding.Branding;
import vn.cuocthi.platformcore.branding.BrandingImage;
import vn.cuocthi.platformcore.branding.BrandingInput;
import vn.cuocthi.platformcore.branding.Brandings;
import vn.cuocthi.platformcore.web.HostScoped;

/** The province's branding through the staff API: every staff role reads it, the province admin changes it. */
@Tag(name = "Branding", description = "The province's logo, colours, header image, organiser, links and footer on its own site")
@RestController
@HostScoped(HostScoped.Scope.PROVINCE)
@RequestMapping("/api/v1/admin/branding")
class BrandingController {

    private final Brandings brandings;

    BrandingController(Brandings brandings) {
        this.brandings = brandings;
    }

    @Operation(summary = "The province's branding (the platform's default colours until it sets its own)")
    @GetMapping
    Branding get() {
        return brandings.current();
    }

    @Operation(summary = "Set colours, organiser, links and footer text",
            description = "Colours #rrggbb; the text colour on the primary colour and the primary colour on the light page must both"
                    + " reach WCAG AA (4.5:1), otherwise 422 naming the ratio. Links http(s) only. 422 changes nothing")
    @PutMapping
    Branding put(@RequestBody BrandingInput body, Authentication staff) {
        return brandings.save(body, staff.getName());
    }

    @Operation(summary = "Upload the logo (multipart file): JPEG, PNG or WebP by its bytes, at most cuocthi.branding.image-max-bytes (1 MB; larger: 413)")
    @PostMapping(path = "/logo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Branding logo(@RequestParam("file") MultipartFile file, Authentication staff) throws IOException {
        return brandings.setImage(BrandingImage.Kind.LOGO, file.getInputStream(), staff.getName());
    }

    @Operation(summary = "Upload the header image (multipart file), as for the logo")
    @PostMapping(path = "/header-image", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Branding header(@RequestParam("file") MultipartFile file, Authentication staff) throws IOException {
        return brandings.setImage(BrandingImage.Kind.HEADER, file.getInputStream(), staff.getName());
    }
}
