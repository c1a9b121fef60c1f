package org.coproduce.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates OCDS release packages against the official OCDS 1.1.5 schema and codelists, read from
 * {@code ../shared/ocds} beside the project (they are not copied into the project): JSON Schema
 * draft-04 with networknt's validator, the release schema's public {@code $ref} URL mapped to the
 * local file; then every value of a field that names a codelist is checked against that codelist's
 * CSV. Closed codelists must match exactly; for open ones Coproduce also emits only listed codes,
 * and never a deprecated one.
 *
 * <p>The folder is {@code -Dcoproduce.ocds.schema-dir=...}, else {@code COPRODUCE_OCDS_SCHEMA_DIR},
 * else {@code ../shared/ocds} from the project directory; when the schema is not there the test
 * fails and names the path it looked at.
 */
public final class OcdsValidator {

  public static final String DIRECTORY_PROPERTY = "coproduce.ocds.schema-dir";
  public static final String DIRECTORY_VARIABLE = "COPRODUCE_OCDS_SCHEMA_DIR";
  static final String PACKAGE_SCHEMA_ID = "https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json";
  static final String RELEASE_SCHEMA_ID = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";

  private static OcdsValidator shared;

  private final Schema packageSchema;
  private final JsonNode releaseSchema;
  private final Map<String, Codelist> codelists = new HashMap<>();
  private final Path directory;

  /** One codelist: its codes and, where the CSV has the column, which codes are deprecated. */
  record Codelist(String name, Map<String, Boolean> deprecatedByCode) {
  }

  /** The validator over the official files in the configured folder, loaded once per test JVM. */
  public static synchronized OcdsValidator official() {
    if (shared == null) {
      shared = new OcdsValidator(directory());
    }
    return shared;
  }

  /** Where the official schema is expected; see the class comment. */
  public static Path directory() {
    String configured = System.getProperty(DIRECTORY_PROPERTY);
    if (configured == null || configured.isBlank()) {
      configured = System.getenv(DIRECTORY_VARIABLE);
    }
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    // Surefire and Failsafe set basedir; run from an IDE the working directory is the project.
    String project = System.getProperty("basedir", System.getProperty("user.dir"));
    return Path.of(project).resolve("../shared/ocds").toAbsolutePath().normalize();
  }

  OcdsValidator(Path directory) {
    this.directory = directory;
    Path packageFile = directory.resolve("release-package-schema.json");
    Path releaseFile = directory.resolve("release-schema.json");
    if (!Files.isRegularFile(packageFile) || !Files.isRegularFile(releaseFile)
        || !Files.isDirectory(directory.resolve("codelists"))) {
      throw new IllegalStateException("The official OCDS 1.1.5 schema and codelists were not found in " + directory
          + " (looked for release-package-schema.json, release-schema.json and codelists/). They live in "
          + "../shared/ocds beside the project; point -D" + DIRECTORY_PROPERTY + "=<folder> or "
          + DIRECTORY_VARIABLE + " at the folder elsewhere.");
    }
    try {
      String packageText = Files.readString(packageFile, StandardCharsets.UTF_8);
      String releaseText = Files.readString(releaseFile, StandardCharsets.UTF_8);
      SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getDraft4(),
          builder -> builder.schemas(Map.of(PACKAGE_SCHEMA_ID, packageText, RELEASE_SCHEMA_ID, releaseText)));
      packageSchema = registry.getSchema(SchemaLocation.of(PACKAGE_SCHEMA_ID));
      releaseSchema = new ObjectMapper().readTree(releaseText);
      try (var files = Files.list(directory.resolve("codelists"))) {
        for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
          Codelist codelist = readCodelist(csv);
          codelists.put(codelist.name(), codelist);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Could not read the OCDS schema in " + directory + ": " + e.getMessage(), e);
    }
  }

  public Path directoryInUse() {
    return directory;
  }

  /** Every problem with the package: schema errors first, then codelist violations; empty when valid. */
  public List<String> problems(JsonNode releasePackage) {
    List<String> problems = new ArrayList<>();
    for (Error error : packageSchema.validate(releasePackage)) {
      problems.add("schema: " + error);
    }
    JsonNode releases = releasePackage.path("releases");
    for (int i = 0; i < releases.size(); i++) {
      checkCodelists(releases.get(i), releaseSchema, "$.releases[" + i + "]", problems);
    }
    return problems;
  }

  private void checkCodelists(JsonNode instance, JsonNode schema, String path, List<String> problems) {
    if (instance == null || instance.isNull()) {
      return;
    }
    JsonNode resolved = resolve(schema);
    if (resolved.has("codelist")) {
      Codelist codelist = codelists.get(resolved.get("codelist").asText());
      boolean open = resolved.path("openCodelist").asBoolean(false);
      List<JsonNode> values = new ArrayList<>();
      if (instance.isArray()) {
        instance.forEach(values::add);
      } else {
        values.add(instance);
      }
      for (JsonNode value : values) {
        if (codelist == null) {
          problems.add(path + ": codelist " + resolved.get("codelist").asText() + " is missing from " + directory);
        } else if (!codelist.deprecatedByCode().containsKey(value.asText())) {
          problems.add(path + ": '" + value.asText() + "' is not in the " + (open ? "open" : "closed") + " codelist "
              + codelist.name());
        } else if (codelist.deprecatedByCode().get(value.asText())) {
          problems.add(path + ": '" + value.asText() + "' is deprecated in " + codelist.name());
        }
      }
    }
    if (instance.isObject() && resolved.has("properties")) {
      instance.fields().forEachRemaining(field -> {
        JsonNode property = resolved.get("properties").get(field.getKey());
        if (property != null) {
          checkCodelists(field.getValue(), property, path + "." + field.getKey(), problems);
        }
      });
    }
    if (instance.isArray() && resolved.path("items").isObject()) {
      for (int i = 0; i < instance.size(); i++) {
        checkCodelists(instance.get(i), resolved.get("items"), path + "[" + i + "]", problems);
      }
    }
  }

  private JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    while (current.has("$ref")) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#/definitions/")) {
        throw new IllegalStateException("Unexpected reference " + ref + " in the release schema");
      }
      current = releaseSchema.get("definitions").get(ref.substring("#/definitions/".length()));
    }
    return current;
  }

  private static Codelist readCodelist(Path csv) throws IOException {
    List<List<String>> rows = parseCsv(Files.readString(csv, StandardCharsets.UTF_8));
    List<String> header = rows.get(0);
    int code = header.indexOf("Code");
    int deprecated = header.indexOf("Deprecated");
    if (code < 0) {
      throw new IllegalStateException(csv + " has no Code column");
    }
    Map<String, Boolean> codes = new LinkedHashMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() > code && !row.get(code).isBlank()) {
        codes.put(row.get(code), deprecated >= 0 && row.size() > deprecated && !row.get(deprecated).isBlank());
      }
    }
    String file = csv.getFileName().toString();
    return new Codelist(file, codes);
  }

  /** RFC 4180: quoted fields may hold commas, line breaks and doubled quotes. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
