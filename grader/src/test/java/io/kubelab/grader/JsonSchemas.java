package io.kubelab.grader;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** JsonSchemas validates a JSON document against a schema from the test resources. */
final class JsonSchemas {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private JsonSchemas() {}

  /** Returns what is wrong with {@code json} by the schema {@code resource}; empty when valid. */
  static List<String> errors(String resource, String json) {
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
