package dev.larder.packaging.metadata;

import java.util.ArrayList;
import java.util.List;

/**
 * PEP 639's rule for {@code License-File} paths as packaging enforces it: relative,
 * {@code /}-separated, already resolved. packaging tests each path with
 * {@code pathlib.PurePosixPath} and {@code pathlib.PureWindowsPath}; the Windows drive,
 * UNC and normal-form logic is re-created here (as in CPython 3.11), so that for example
 * {@code C:x}, {@code \\server\share\x}, {@code a\b}, {@code a//b}, {@code ./a} and
 * {@code a/} are refused just as on PyPI.
 */
final class LicenseFilePath {

    private LicenseFilePath() {
    }

    /** What is wrong with the path (the text after "is invalid for 'license-file', "), or null. */
    static String problem(String path) {
        if (path.contains("..")) {
            return "parent directory indicators are not allowed";
        }
        if (path.contains("*")) {
            return "paths must be resolved";
        }
        WindowsPath windows = WindowsPath.parse(path);
        if (path.startsWith("/") || !windows.drive.isEmpty()) {
            return "paths must be relative";
        }
        if (!windows.asPosix().equals(path)) {
            return "paths must use '/' delimiter";
        }
        return null;
    }

    /** The parts of {@code PureWindowsPath}: drive, root and the non-trivial components. */
    private static final class WindowsPath {
        final String drive;
        final String root;
        final List<String> parts;

        private WindowsPath(String drive, String root, List<String> parts) {
            this.drive = drive;
            this.root = root;
            this.parts = parts;
        }

        static WindowsPath parse(String path) {
            String rest = path.replace('/', '\\');
            String prefix = "";
            if (rest.startsWith("\\\\?\\")) {
                prefix = rest.substring(0, 4);
                rest = rest.substring(4);
                if (rest.startsWith("UNC\\")) {
                    prefix += rest.substring(0, 3);
                    rest = "\\" + rest.substring(3);
                }
            }
            String drive = "";
            String root = "";
            String unc = uncDrive(rest);
            if (unc != null) {
                drive = unc;
                root = "\\";
                rest = rest.substring(Math.min(rest.length(), unc.length() + 1));
            } else {
                if (rest.length() >= 2 && rest.charAt(1) == ':' && isAsciiLetter(rest.charAt(0))) {
                    drive = rest.substring(0, 2);
                    rest = rest.substring(2);
                }
                if (rest.startsWith("\\")) {
                    root = "\\";
                }
            }
            List<String> parts = new ArrayList<>();
            for (String part : rest.split("\\\\")) {
                if (!part.isEmpty() && !part.equals(".")) {
                    parts.add(part);
                }
            }
            return new WindowsPath(prefix + drive, root, parts);
        }

        /** {@code \\machine\mount} at the start, or null. */
        private static String uncDrive(String path) {
            if (!path.startsWith("\\\\") || (path.length() > 2 && path.charAt(2) == '\\')) {
                return null;
            }
            int machineEnd = path.indexOf('\\', 2);
            if (machineEnd < 0) {
                return null;
            }
            int mountEnd = path.indexOf('\\', machineEnd + 1);
            if (mountEnd == machineEnd + 1) {
                return null;
            }
            return path.substring(0, mountEnd < 0 ? path.length() : mountEnd);
        }

        String asPosix() {
            String joined = String.join("/", parts);
            if (!drive.isEmpty() || !root.isEmpty()) {
                return (drive + root).replace('\\', '/') + joined;
            }
            return joined.isEmpty() ? "." : joined;
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
    }
}
