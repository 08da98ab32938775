package dev.larder.packaging.archive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The entry points a wheel declares in {@code <name>-<ver>.dist-info/entry_points.txt}: groups
 * in file order, each mapping entry point names to their object references, in file order.
 *
 * @param groups group name (INI section) to its entries; empty when the wheel has no such file
 */
public record EntryPoints(Map<String, Map<String, String>> groups) {

    public EntryPoints {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        groups.forEach((group, entries) -> copy.put(group, Collections.unmodifiableMap(new LinkedHashMap<>(entries))));
        groups = Collections.unmodifiableMap(copy);
    }

    /** A wheel without entry_points.txt. */
    public static EntryPoints none() {
        return new EntryPoints(Map.of());
    }

    /** The entries of one group, empty if the group is absent. */
    public Map<String, String> group(String name) {
        return groups.getOrDefault(name, Map.of());
    }

    /** The commands installers create in the environment's bin directory. */
    public Map<String, String> consoleScripts() {
        return group("console_scripts");
    }

    /** The GUI commands installers create. */
    public Map<String, String> guiScripts() {
        return group("gui_scripts");
    }
}
