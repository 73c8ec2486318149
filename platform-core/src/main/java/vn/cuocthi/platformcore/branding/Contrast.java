package vn.cuocthi.platformcore.branding;

import java.util.regex.Pattern;

/**
 * WCAG 2 contrast of two sRGB colours: (L1 + 0.05) / (L2 + 0.05) of their relative luminances. AA asks 4.5:1 for
 * body text, which the header's text on the primary colour and the links in the primary colour on the page are.
 */
public final class Contrast {

    public static final double AA = 4.5;
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private Contrast() {
    }

    public static boolean isColour(String text) {
        return text != null && HEX.matcher(text).matches();
    }

    public static double ratio(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * linear(rgb >> 16 & 0xff) + 0.7152 * linear(rgb >> 8 & 0xff) + 0.0722 * linear(rgb & 0xff);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
