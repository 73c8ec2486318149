package vn.cuocthi.platformcore.branding;

/** An uploaded branding image with the type recognised from its bytes. */
public record BrandingImage(Kind kind, String contentType, byte[] content, long version) {

    /** The logo beside the province's name, and the picture behind the header. */
    public enum Kind { LOGO, HEADER }
}
