package dev.larder.web.multipart;

import java.io.IOException;

/** A text part was larger than the reader accepts for it. */
public final class PartTooLargeException extends IOException {
    public PartTooLargeException(int max) {
        super("a form field is larger than " + max + " bytes");
    }
}
