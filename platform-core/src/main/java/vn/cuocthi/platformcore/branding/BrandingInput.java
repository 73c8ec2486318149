package vn.cuocthi.platformcore.branding;

/** What a province admin sends for the texts and colours of its branding (images are uploaded one by one). */
public record BrandingInput(String primaryColor, String textColor, String organiserName, String organiserContact,
                            String portalUrl, String homeAffairsUrl, String footerText) {
}
