package vn.cuocthi.platformcore.branding;

/**
 * A province's branding as its pages use it. Colours are {@code #rrggbb}; {@code primaryColor} is the header, the
 * buttons and the links, {@code textColor} the text on it. {@code version} grows with every change (texts or
 * images), so addresses of the stylesheet and the images can carry it and be cached for long.
 *
 * @param logoType   the logo's content type, null when there is none
 * @param headerType the header image's content type, null when there is none
 */
public record Branding(String primaryColor, String textColor, String organiserName, String organiserContact,
                       String portalUrl, String homeAffairsUrl, String footerText, String logoType, String headerType,
                       long version) {

    /** The platform's own look, until a province sets its own (the colours of app.css). */
    public static final Branding DEFAULT = new Branding("#0b5cad", "#ffffff", null, null, null, null, null, null, null, 0);

    public boolean hasLogo() {
        return logoType != null;
    }

    public boolean hasHeader() {
        return headerType != null;
    }

    /** Whether the footer has anything of the province's to show. */
    public boolean hasFooter() {
        return organiserName != null || organiserContact != null || portalUrl != null || homeAffairsUrl != null
                || footerText != null;
    }

    /** The primary colour darkened by a fifth, for hovers (darker keeps the contrast with light text and page). */
    public String primaryDark() {
        int rgb = Integer.parseInt(primaryColor.substring(1), 16);
        int r = (rgb >> 16 & 0xff) * 4 / 5;
        int g = (rgb >> 8 & 0xff) * 4 / 5;
        int b = (rgb & 0xff) * 4 / 5;
        return String.format("#%02x%02x%02x", r, g, b);
    }
}
