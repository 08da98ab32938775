package dev.larder.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Looks a setting up by its dotted name ({@code max-file-size}, {@code trusted-publishing.audience})
 * in three layers: command-line options, then {@code LARDER_*} environment variables (upper snake
 * case of the dotted name), then the YAML file.
 */
public final class SettingsSource {
    private final Map<String, String> commandLine;
    private final Map<String, String> environment;
    private final JsonNode file;

    private SettingsSource(Map<String, String> commandLine, Map<String, String> environment, JsonNode file) {
        this.commandLine = commandLine;
        this.environment = environment;
        this.file = file;
    }

    public static SettingsSource of(Map<String, String> commandLine, Map<String, String> environment, Path configFile) {
        JsonNode tree = null;
        if (configFile != null) {
            ObjectMapper yaml = YAMLMapper.builder().build();
            try {
                tree = yaml.readTree(Files.readString(configFile));
            } catch (IOException e) {
                throw new ConfigException("cannot read the config file " + configFile + ": " + e.getMessage());
            } catch (RuntimeException e) {
                throw new ConfigException("the config file " + configFile + " is not valid YAML: " + e.getMessage());
            }
        }
        Map<String, String> cli = new HashMap<>();
        commandLine.forEach((k, v) -> {
            if (v != null) {
                cli.put(k, v);
            }
        });
        return new SettingsSource(cli, environment, tree);
    }

    public static String environmentName(String key) {
        return "LARDER_" + key.toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
    }

    public Optional<String> get(String key) {
        String v = commandLine.get(key);
        if (v == null) {
            v = environment.get(environmentName(key));
        }
        if (v == null) {
            JsonNode node = fileNode(key);
            if (node != null && !node.isNull() && node.isValueNode()) {
                v = node.asString();
            }
        }
        return Optional.ofNullable(v).map(String::trim).filter(s -> !s.isEmpty());
    }

    /** The YAML subtree at a dotted path, for structured settings (lists of issuers). */
    public JsonNode fileNode(String key) {
        JsonNode node = file;
        for (String part : key.split("\\.")) {
            if (node == null) {
                return null;
            }
            node = node.get(part);
        }
        return node;
    }
}
