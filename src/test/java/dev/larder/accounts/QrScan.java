package dev.larder.accounts;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the QR code the two-factor page draws, as a phone would: the SVG's unit squares become
 * pixels, and zxing's reader decodes them.
 */
final class QrScan {
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern SQUARE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    private static final int SCALE = 4;

    private QrScan() {}

    static String text(String svg) throws Exception {
        Matcher box = VIEW_BOX.matcher(svg);
        if (!box.find()) {
            throw new IllegalArgumentException("no viewBox in " + svg);
        }
        int w = Integer.parseInt(box.group(1)) * SCALE;
        int h = Integer.parseInt(box.group(2)) * SCALE;
        int[] pixels = new int[w * h];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        Matcher sq = SQUARE.matcher(svg);
        while (sq.find()) {
            int x = Integer.parseInt(sq.group(1)) * SCALE;
            int y = Integer.parseInt(sq.group(2)) * SCALE;
            for (int dy = 0; dy < SCALE; dy++) {
                for (int dx = 0; dx < SCALE; dx++) {
                    pixels[(y + dy) * w + x + dx] = 0;
                }
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)))).getText();
    }
}
