package dev.larder.packaging.archive;

/**
 * Names an archive member must not have, because an extracting tool could be led to write
 * outside its target directory: absolute paths (POSIX or with a Windows drive) and {@code ..}
 * segments. Shared by the ZIP and tar checks; each turns a verdict into its own wording.
 */
final class MemberPathRules {

    enum Verdict { SAFE, ABSOLUTE, PARENT_REFERENCE }

    private MemberPathRules() {
    }

    static Verdict judge(String name) {
        if (isAbsolute(name)) {
            return Verdict.ABSOLUTE;
        }
        int segmentStart = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == '/' || name.charAt(i) == '\\') {
                if (i - segmentStart == 2 && name.startsWith("..", segmentStart)) {
                    return Verdict.PARENT_REFERENCE;
                }
                segmentStart = i + 1;
            }
        }
        return Verdict.SAFE;
    }

    static boolean isAbsolute(String name) {
        if (name.startsWith("/") || name.startsWith("\\")) {
            return true;
        }
        return name.length() >= 2 && name.charAt(1) == ':' && isAsciiLetter(name.charAt(0));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
