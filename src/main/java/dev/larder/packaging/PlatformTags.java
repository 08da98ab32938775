package dev.larder.packaging;

import java.util.Locale;
import java.util.Set;

/**
 * PyPI's allow-list of wheel platform tags (warehouse {@code _valid_platform_tag}, spec
 * section 2.8.4). A wheel is refused unless every platform tag in its filename passes.
 *
 * <p>The list is deliberately narrower than what installers understand: plain
 * {@code linux_x86_64} is refused (such wheels only run on the machine that built them),
 * and new platform families only appear once an ABI specification backs them. The checks
 * keep warehouse's regular-expression semantics: numbers are runs of Unicode decimal
 * digits, the architecture is the rest of the tag, and macOS 11 and later must use minor
 * version 0.
 */
public final class PlatformTags {

    private static final Set<String> ALWAYS_ALLOWED = Set.of(
            "any", "win32", "win_arm64", "win_amd64", "win_ia64",
            "manylinux1_x86_64", "manylinux1_i686", "manylinux2010_x86_64", "manylinux2010_i686",
            "manylinux2014_x86_64", "manylinux2014_i686", "manylinux2014_aarch64", "manylinux2014_armv7l",
            "manylinux2014_ppc64", "manylinux2014_ppc64le", "manylinux2014_s390x",
            "linux_armv6l", "linux_armv7l");
    private static final Set<String> MACOS_ARCHITECTURES = Set.of(
            "ppc", "ppc64", "i386", "x86_64", "arm64", "intel", "fat", "fat3", "fat64", "universal", "universal2");
    /** macOS 11+ versions its releases by major number only, so tags must say {@code _0}. */
    private static final Set<String> MACOS_MAJOR_VERSIONS = Set.of("11", "12", "13", "14", "15", "26");
    private static final Set<String> MUSLLINUX_ARCHITECTURES = Set.of(
            "x86_64", "i686", "aarch64", "armv7l", "ppc64le", "s390x", "riscv64");
    private static final Set<String> MANYLINUX_ARCHITECTURES = Set.of(
            "x86_64", "i686", "aarch64", "armv7l", "ppc64le", "s390x", "riscv64", "ppc64");
    private static final Set<String> IOS_ARCHITECTURES = Set.of("arm64", "x86_64");
    private static final Set<String> ANDROID_ARCHITECTURES = Set.of("armeabi_v7a", "arm64_v8a", "x86", "x86_64");

    private PlatformTags() {
    }

    /**
     * Whether PyPI accepts a wheel with this platform tag. The tag is lower-cased first, as
     * packaging's {@code Tag} does before warehouse sees it.
     */
    public static boolean isAllowedOnUpload(String tag) {
        String platform = tag.toLowerCase(Locale.ROOT);
        if (ALWAYS_ALLOWED.contains(platform)) {
            return true;
        }
        String[] mac = numberedFamily(platform, "macosx_", 2);
        if (mac != null && MACOS_ARCHITECTURES.contains(mac[2])
                && (mac[0].equals("10") || (MACOS_MAJOR_VERSIONS.contains(mac[0]) && mac[1].equals("0")))) {
            return true;
        }
        String[] manylinux = numberedFamily(platform, "manylinux_", 2);
        if (manylinux != null) {
            return MANYLINUX_ARCHITECTURES.contains(manylinux[2]);
        }
        String[] musllinux = numberedFamily(platform, "musllinux_", 2);
        if (musllinux != null) {
            return MUSLLINUX_ARCHITECTURES.contains(musllinux[2]);
        }
        String[] ios = numberedFamily(platform, "ios_", 2);
        if (ios != null && IOS_ARCHITECTURES.contains(iosArchitecture(ios[2]))) {
            return true;
        }
        String[] android = numberedFamily(platform, "android_", 1);
        if (android != null && ANDROID_ARCHITECTURES.contains(android[1])) {
            return true;
        }
        String[] emscripten = numberedFamily(platform, "pyemscripten_", 2);
        return emscripten != null && emscripten[2].equals("wasm32");
    }

    /**
     * Matches {@code prefix(\d+)_}{count times}{@code (.*)} at the start of the tag, as
     * Python's {@code re.match} would: returns the numbers and then the rest of the line
     * (the architecture), or null.
     */
    private static String[] numberedFamily(String tag, String prefix, int count) {
        if (!tag.startsWith(prefix)) {
            return null;
        }
        String[] groups = new String[count + 1];
        int pos = prefix.length();
        for (int i = 0; i < count; i++) {
            int start = pos;
            while (pos < tag.length() && PythonCharacter.isDecimalDigit(tag.codePointAt(pos))) {
                pos += Character.charCount(tag.codePointAt(pos));
            }
            if (pos == start || pos >= tag.length() || tag.charAt(pos) != '_') {
                return null;
            }
            groups[i] = tag.substring(start, pos);
            pos++;
        }
        int lineEnd = tag.indexOf('\n', pos);
        groups[count] = tag.substring(pos, lineEnd < 0 ? tag.length() : lineEnd);
        return groups;
    }

    /**
     * {@code ios_X_Y_(?P<arch>.*)_(iphoneos|iphonesimulator)}: the greedy architecture group
     * ends at the last SDK suffix in the line; anything after it is ignored, as in warehouse.
     */
    private static String iosArchitecture(String rest) {
        int device = rest.lastIndexOf("_iphoneos");
        int simulator = rest.lastIndexOf("_iphonesimulator");
        int end = Math.max(device, simulator);
        return end < 0 ? "" : rest.substring(0, end);
    }
}
