package dev.larder.packaging.archive;

import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads entry_points.txt the way PyPI validates it: strict UTF-8, parsed by a case-sensitive
 * {@code configparser.ConfigParser} with {@code =} as the only delimiter (strict mode: no
 * duplicate sections or options, no option before the first section, no line without {@code =}),
 * and every name in {@code console_scripts} and {@code gui_scripts} matching {@code [\w.-]+}.
 * Those names become file names in {@code bin/}, so path characters must not get through.
 */
final class EntryPointsFile {

    private static final String DEFAULT_SECTION = "DEFAULT";
    private static final List<String> SCRIPT_GROUPS = List.of("console_scripts", "gui_scripts");

    private EntryPointsFile() {
    }

    /** The entry points, or empty when PyPI would call the file invalid. */
    static Optional<EntryPoints> parse(byte[] file) {
        String text;
        try {
            text = ZipNameDecoder.strictUtf8(file);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        Map<String, Map<String, List<String>>> sections = new LinkedHashMap<>();
        Map<String, List<String>> defaults = new LinkedHashMap<>();
        Set<List<String>> addedOptions = new HashSet<>();
        Map<String, List<String>> current = null;
        String sectionName = null;
        String option = null;
        int indentLevel = 0;
        boolean errors = false;
        for (String line : text.split("\n", -1)) {
            String stripped = PythonText.strip(line);
            boolean comment = stripped.startsWith("#") || stripped.startsWith(";");
            String value = comment ? "" : stripped;
            if (value.isEmpty()) {
                if (!comment && current != null && option != null && current.get(option) != null) {
                    current.get(option).add("");
                }
                continue;
            }
            int indent = Math.max(PythonText.firstNonSpace(line), 0);
            if (current != null && option != null && !option.isEmpty() && indent > indentLevel) {
                current.get(option).add(value);
                continue;
            }
            indentLevel = indent;
            String header = sectionHeader(value);
            if (header != null) {
                if (sections.containsKey(header)) {
                    return Optional.empty(); // DuplicateSectionError
                }
                if (header.equals(DEFAULT_SECTION)) {
                    current = defaults;
                } else {
                    current = new LinkedHashMap<>();
                    sections.put(header, current);
                }
                sectionName = header;
                option = null;
            } else if (current == null) {
                return Optional.empty(); // MissingSectionHeaderError
            } else {
                int equals = value.indexOf('=');
                if (equals < 0) {
                    errors = true; // ParsingError, raised once the whole file is read
                    continue;
                }
                option = PythonText.rstrip(value.substring(0, equals));
                if (option.isEmpty()) {
                    errors = true;
                }
                if (!addedOptions.add(List.of(sectionName, option))) {
                    return Optional.empty(); // DuplicateOptionError
                }
                List<String> lines = new ArrayList<>();
                lines.add(PythonText.strip(value.substring(equals + 1)));
                current.put(option, lines);
            }
        }
        if (errors) {
            return Optional.empty();
        }
        for (String group : SCRIPT_GROUPS) {
            Map<String, List<String>> section = sections.get(group);
            if (section != null && !(allNamesValid(section.keySet()) && allNamesValid(defaults.keySet()))) {
                return Optional.empty();
            }
        }
        return Optional.of(toEntryPoints(sections, defaults));
    }

    /** {@code configparser.SECTCRE}: a {@code [}, then at least one character, up to the last {@code ]}. */
    private static String sectionHeader(String value) {
        int close = value.lastIndexOf(']');
        if (!value.startsWith("[") || close < 2) {
            return null;
        }
        return value.substring(1, close);
    }

    private static boolean allNamesValid(Set<String> names) {
        for (String name : names) {
            if (name.isEmpty() || !name.codePoints().allMatch(c -> c == '.' || c == '-' || PythonText.isWordCharacter(c))) {
                return false;
            }
        }
        return true;
    }

    private static EntryPoints toEntryPoints(Map<String, Map<String, List<String>>> sections,
            Map<String, List<String>> defaults) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        sections.forEach((name, options) -> {
            Map<String, String> entries = new LinkedHashMap<>();
            defaults.forEach((option, lines) -> entries.put(option, joined(lines)));
            options.forEach((option, lines) -> entries.put(option, joined(lines)));
            groups.put(name, entries);
        });
        return new EntryPoints(groups);
    }

    /** Multi-line values are joined with newlines and right-stripped, as configparser does. */
    private static String joined(List<String> lines) {
        return PythonText.rstrip(String.join("\n", lines));
    }
}
