package vn.cuocthi.platformcore.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes of contest links, as PNG (posters, slides) and SVG (print, the province portal). Medium error correction
 * survives a logo or a crease; the quiet zone is kept so phone cameras and Zalo's scanner find it.
 */
public final class QrCodes {

    private QrCodes() {
    }

    public static byte[] png(String text, int size) {
        BitMatrix matrix = encode(text, size);
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One path of unit squares in a viewBox of modules: small, sharp at any print size. */
    public static String svg(String text, String title) {
        return svg(text, title, "#000000");
    }

    /**
     * In the province's colour ({@code #rrggbb}, checked when saved: it reads on white at 4.5:1 or more, far more
     * than a scanner needs).
     */
    public static String svg(String text, String title, String colour) {
        BitMatrix matrix = encode(text, 0);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"" + escape(title) + "\"><title>" + escape(title)
                + "</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"" + colour + "\" d=\"" + path + "\"/></svg>";
    }

    private static BitMatrix encode(String text, int size) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + text, e);
        }
    }

    /** Escapes text for HTML and SVG attributes and content. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
