package io.kubelab.grader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** JsonSchemas validates a JSON or YAML document against a schema from the test resources. */
public final class JsonSchemas {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private JsonSchemas() {}

  /**
   * Reads {@code yaml} as a YAML 1.2 parser does (GitHub's and Kubernetes' read YAML this way) and
   * returns the same document as JSON; a document that is not valid YAML throws.
   */
  public static String yamlAsJson(String yaml) {
    Object document = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    try {
      return new ObjectMapper().writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "the YAML holds something JSON cannot: " + e.getMessage(), e);
    }
  }

  /**
   * Returns what is wrong with {@code json} by the schema in {@code file}, which names its own
   * dialect ({@code $schema}); empty when valid.
   */
  public static List<String> errorsByFile(Path file, String json) {
    try (InputStream schemaText = Files.newInputStream(file)) {
      Schema schema = REGISTRY.getSchema(schemaText, InputFormat.JSON);
      return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns what is wrong with {@code json} by the schema {@code resource}; empty when valid. */
  public static List<String> errors(String resource, String json) {
    try (InputStream schemaText = JsonSchemas.class.getResourceAsStream(resource)) {
      if (schemaText == null) {
        throw new IllegalArgumentException("no schema " + resource + " in the test resources");
      }
      Schema schema = REGISTRY.getSchema(schemaText, InputFormat.JSON);
      return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
