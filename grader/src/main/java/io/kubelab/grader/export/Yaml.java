package io.kubelab.grader.export;

import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Yaml writes the files kubelab exports for other platforms (GitHub workflows, Kubernetes
 * manifests) with a YAML library, so indentation and quoting are the library's and always valid.
 */
public final class Yaml {
  private static final DumpSettings SETTINGS =
      DumpSettings.builder()
          .setDefaultFlowStyle(FlowStyle.BLOCK)
          .setIndent(2)
          .setIndicatorIndent(2)
          .setIndentWithIndicator(true)
          .setWidth(100)
          .build();

  private Yaml() {}

  /**
   * Returns {@code document} as YAML after {@code header}, each of whose lines becomes a comment.
   */
  public static String write(String header, Map<String, Object> document) {
    StringBuilder yaml = new StringBuilder();
    header.lines().forEach(line -> yaml.append("# ").append(line).append('\n'));
    return yaml.append(new Dump(SETTINGS).dumpToString(document)).toString();
  }
}
