package io.kubelab.grader.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * GradeAllJobs writes {@code grade-all} in shards for the engines instructors already run: a
 * Kubernetes Indexed Job (one completion per shard) and a GitHub Actions matrix workflow (one job
 * per shard, then one that merges them). Both grade slices with {@code grade-all --shard K/N} and
 * join them with {@code kubelab gradebook merge}.
 *
 * <p>The Job expects an image holding the kit at {@link #KIT} (its launcher built) and a volume,
 * mounted at {@link #CLASS}, that holds the class in {@code submissions/}; shard K writes {@code
 * out/shard-K/} there.
 */
public final class GradeAllJobs {
  /** Where the Job's image holds the kit. */
  public static final String KIT = "/kubelab";

  /** Where the Job mounts the class volume. */
  public static final String CLASS = "/class";

  private GradeAllJobs() {}

  /**
   * The Kubernetes Job: {@code shards} completions of image {@code image} on claim {@code claim}.
   */
  public static String kubernetesJob(String image, String claim, int shards) {
    Map<String, Object> container = new LinkedHashMap<>();
    container.put("name", "grade-all");
    container.put("image", image);
    container.put("workingDir", KIT);
    // JOB_COMPLETION_INDEX counts from 0; shards count from 1.
    container.put(
        "command",
        List.of(
            "sh",
            "-c",
            "shard=$((JOB_COMPLETION_INDEX + 1)) && exec ./kubelab grade-all "
                + CLASS
                + "/submissions --out "
                + CLASS
                + "/out/shard-$shard --shard $shard/"
                + shards));
    // CI=true: a check that needs a real etcd must find one (the image's), never skip quietly.
    container.put("env", List.of(entry("name", "CI", "value", "true")));
    container.put(
        "resources",
        entry("requests", entry("cpu", "2", "memory", "4Gi"), "limits", Map.of("memory", "8Gi")));
    container.put("volumeMounts", List.of(entry("name", "class", "mountPath", CLASS)));

    Map<String, Object> pod = new LinkedHashMap<>();
    pod.put("restartPolicy", "Never");
    pod.put("containers", List.of(container));
    pod.put(
        "volumes",
        List.of(entry("name", "class", "persistentVolumeClaim", Map.of("claimName", claim))));

    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("completionMode", "Indexed");
    spec.put("completions", shards);
    spec.put("parallelism", shards);
    // A shard that died is run again and resumes: grade-all skips what it already graded.
    spec.put("backoffLimit", 2 * shards);
    spec.put("template", Map.of("spec", pod));

    Map<String, Object> job = new LinkedHashMap<>();
    job.put("apiVersion", "batch/v1");
    job.put("kind", "Job");
    job.put("metadata", Map.of("name", "kubelab-grade-all"));
    job.put("spec", spec);
    return Yaml.write(
        "kubelab grade-all in "
            + shards
            + " shards, written by `kubelab export --k8s-job`.\n"
            + "The image holds the kit at "
            + KIT
            + "; the claim holds the class in submissions/.\n"
            + "Shard K writes out/shard-K/ there. When every completion has succeeded:\n"
            + "  kubelab gradebook merge out/shard-* --out out/class",
        job);
  }

  /** The GitHub Actions workflow: {@code shards} grading jobs, then one that merges them. */
  public static String githubMatrix(int shards) {
    List<Object> gradeSteps = new ArrayList<>(setup());
    gradeSteps.add(
        ClassroomWorkflow.step(
            "Grade shard ${{ matrix.shard }} of " + shards,
            "./kubelab grade-all submissions --out out/shard-${{ matrix.shard }} --shard ${{"
                + " matrix.shard }}/"
                + shards));
    Map<String, Object> upload =
        ClassroomWorkflow.uses("Keep the shard's reports", "actions/upload-artifact@v4");
    upload.put("if", "${{ !cancelled() }}");
    upload.put(
        "with",
        entry("name", "shard-${{ matrix.shard }}", "path", "out/shard-${{ matrix.shard }}"));
    gradeSteps.add(upload);
    Map<String, Object> grade = new LinkedHashMap<>();
    grade.put("runs-on", "ubuntu-latest");
    grade.put(
        "strategy",
        entry(
            "fail-fast",
            false,
            "matrix",
            Map.of("shard", IntStream.rangeClosed(1, shards).boxed().toList())));
    grade.put("steps", gradeSteps);

    List<Object> mergeSteps = new ArrayList<>();
    mergeSteps.add(ClassroomWorkflow.uses("Checkout code", "actions/checkout@v4"));
    mergeSteps.add(ClassroomWorkflow.javaStep());
    Map<String, Object> download =
        ClassroomWorkflow.uses("Fetch every shard's reports", "actions/download-artifact@v4");
    download.put("with", entry("pattern", "shard-*", "path", "shards"));
    mergeSteps.add(download);
    mergeSteps.add(
        ClassroomWorkflow.step(
            "Merge the shards", "./kubelab gradebook merge shards/shard-* --out gradebook"));
    Map<String, Object> keep =
        ClassroomWorkflow.uses("Keep the gradebook", "actions/upload-artifact@v4");
    keep.put("with", entry("name", "gradebook", "path", "gradebook"));
    mergeSteps.add(keep);
    Map<String, Object> merge = new LinkedHashMap<>();
    merge.put("needs", "grade");
    merge.put("if", "${{ !cancelled() }}");
    merge.put("runs-on", "ubuntu-latest");
    merge.put("steps", mergeSteps);

    Map<String, Object> jobs = new LinkedHashMap<>();
    jobs.put("grade", grade);
    jobs.put("merge", merge);
    Map<String, Object> workflow = new LinkedHashMap<>();
    workflow.put("name", "Grade the class");
    workflow.put("on", "workflow_dispatch");
    workflow.put("permissions", Map.of("contents", "read"));
    workflow.put("jobs", jobs);
    return Yaml.write(
        "kubelab grade-all in "
            + shards
            + " shards on GitHub Actions, written by `kubelab export --github-matrix`.\n"
            + "Commit it to the kit's repository with the class in submissions/ and run it by hand;\n"
            + "the merged reports are the artifact named gradebook.",
        workflow);
  }

  /** Checkout, the JDK and the etcd the real-etcd checks need, as in the Classroom workflow. */
  private static List<Object> setup() {
    return List.of(
        ClassroomWorkflow.uses("Checkout code", "actions/checkout@v4"),
        ClassroomWorkflow.javaStep(),
        ClassroomWorkflow.step(
            "etcd for the lesson on compare-and-swap",
            "sudo apt-get update -qq && sudo apt-get install -y -qq etcd-server"));
  }

  private static Map<String, Object> entry(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }
}
