package dev.larder.packaging.archive;

import java.nio.charset.CharacterCodingException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The file paths listed in a wheel's RECORD, read as PyPI reads them: strict UTF-8, split with
 * {@code str.splitlines()}, each line through Python's {@code csv} reader (excel dialect, not
 * strict), first field of each row, backslashes turned into slashes. Where PyPI fails to read it
 * (bad UTF-8, or a {@code csv.Error}: a field over 131,072 characters) PyPI treats the RECORD as
 * missing.
 */
final class RecordFile {

    private static final int FIELD_LIMIT = 131_072;

    private RecordFile() {
    }

    /**
     * Passes each listed path to {@code action}, in order.
     *
     * @return false when PyPI could not read the RECORD at all (then some paths may have been passed)
     */
    static boolean forEachPath(byte[] record, Consumer<String> action) {
        String text;
        try {
            text = ZipNameDecoder.strictUtf8(record);
        } catch (CharacterCodingException e) {
            return false;
        }
        CsvRowReader reader = new CsvRowReader();
        for (String line : PythonText.splitLines(text)) {
            if (!reader.feed(line)) {
                return false;
            }
            reader.takeFirstField().ifPresent(first -> action.accept(first.replace('\\', '/')));
        }
        reader.finish();
        reader.takeFirstField().ifPresent(first -> action.accept(first.replace('\\', '/')));
        return true;
    }

    /**
     * The part of CPython's {@code _csv} state machine the excel dialect reaches when lines come
     * without their line breaks: quoted fields may span lines (the break itself is dropped).
     * Empty rows are skipped; on PyPI they crash the upload instead.
     */
    private static final class CsvRowReader {
        private enum State { START_RECORD, START_FIELD, IN_FIELD, IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD }

        private State state = State.START_RECORD;
        private final StringBuilder field = new StringBuilder();
        private int fieldLength;
        private String firstField;
        private boolean rowHasField;
        private boolean rowComplete;

        boolean feed(String line) {
            for (int i = 0; i < line.length(); ) {
                int c = line.codePointAt(i);
                i += Character.charCount(c);
                if (!character(c)) {
                    return false;
                }
            }
            endOfLine();
            return true;
        }

        /** End of input: a pending field or an open quote still makes a last row. */
        void finish() {
            if (fieldLength > 0 || state == State.IN_QUOTED_FIELD) {
                saveField();
                rowComplete = true;
                state = State.START_RECORD;
            }
        }

        Optional<String> takeFirstField() {
            if (!rowComplete) {
                return Optional.empty();
            }
            rowComplete = false;
            String first = rowHasField ? firstField : null;
            rowHasField = false;
            firstField = null;
            return Optional.ofNullable(first);
        }

        private boolean character(int c) {
            switch (state) {
                case START_RECORD, START_FIELD -> {
                    if (c == '"') {
                        state = State.IN_QUOTED_FIELD;
                    } else if (c == ',') {
                        saveField();
                        state = State.START_FIELD;
                    } else {
                        state = State.IN_FIELD;
                        return add(c);
                    }
                }
                case IN_FIELD -> {
                    if (c == ',') {
                        saveField();
                        state = State.START_FIELD;
                    } else {
                        return add(c);
                    }
                }
                case IN_QUOTED_FIELD -> {
                    if (c == '"') {
                        state = State.QUOTE_IN_QUOTED_FIELD;
                    } else {
                        return add(c);
                    }
                }
                case QUOTE_IN_QUOTED_FIELD -> {
                    if (c == '"') {
                        state = State.IN_QUOTED_FIELD;
                        return add(c);
                    } else if (c == ',') {
                        saveField();
                        state = State.START_FIELD;
                    } else {
                        state = State.IN_FIELD;
                        return add(c);
                    }
                }
            }
            return true;
        }

        private void endOfLine() {
            switch (state) {
                case START_RECORD -> rowComplete = true; // an empty row
                case START_FIELD, IN_FIELD, QUOTE_IN_QUOTED_FIELD -> {
                    saveField();
                    state = State.START_RECORD;
                    rowComplete = true;
                }
                case IN_QUOTED_FIELD -> { } // the quoted field continues on the next line
            }
        }

        private boolean add(int c) {
            if (fieldLength >= FIELD_LIMIT) {
                return false;
            }
            field.appendCodePoint(c);
            fieldLength++;
            return true;
        }

        private void saveField() {
            if (!rowHasField) {
                firstField = field.toString();
                rowHasField = true;
            }
            field.setLength(0);
            fieldLength = 0;
        }
    }
}
