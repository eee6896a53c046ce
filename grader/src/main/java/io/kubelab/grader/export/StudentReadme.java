package io.kubelab.grader.export;

import io.kubelab.grader.kit.Catalog;

/**
 * StudentReadme writes the README of the kit a student receives: how to work through the lessons
 * with the commands that kit has, and what its scores mean. It is generated from the catalog rather
 * than copied from the kit's own README, whose instructor and contributor sections name commands,
 * folders and files a student's kit does not have.
 */
public final class StudentReadme {
  private StudentReadme() {}

  public static String render(Catalog catalog) {
    String first = catalog.exercises().get(0).id();
    String firstTest = simpleName(catalog.exercises().get(0).tests().get(0));
    return """
        # kubelab

        kubelab teaches distributed-systems engineering by re-living early Kubernetes pull requests.
        Each lesson retells one real pull request from mid-2014 — the Go code as it was, the race or
        the refactor it dealt with, what went wrong later and how upstream fixed it — and then you
        write that code yourself, in Java 17, until the tests go green.

        ## Start here

        You need a JDK 17 or newer, nothing else (Maven comes through `./mvnw`).

        ```sh
        ./kubelab            # builds itself on first use, then shows the lessons and your progress
        ```

        ## Lessons

        The lessons go from gentle to hard; each one is a Markdown file under `lessons/`.

        %s
        ## Working through an exercise

        1. Run `./kubelab`. It lists every exercise as not started, failing or passing and tells you
           which one is next.
        2. Read the lesson it names, then open the file it names under `exercises/`. The parts to
           write are between `// BEGIN EXERCISE` and `// END EXERCISE`, marked `TODO`. Until you
           write them they throw an exception that names the lesson and a first hint.
        3. Run `./kubelab watch` in a terminal beside your editor. Every time you save, it re-checks
           that exercise's visible tests and shows the verdict and the first failure in plain words.
           Keys: `h` the next hint, `n` the next exercise, `l` the list, `r` re-check, `q` quit.
        4. Or run the tests yourself, any way you like:
           ```sh
           ./kubelab run %s                  # one exercise's visible tests
           cd exercises && ../mvnw test                  # plain Maven, every exercise
           cd exercises && ../mvnw test -Dtest=%s   # one test class
           ./kubelab grade exercises                     # every exercise's visible tests, with points
           ```
        5. Stuck? `./kubelab hint %s` shows one hint; run it again for the next. `./kubelab lesson
           <lesson>` renders a lesson in the terminal, and `./kubelab reset <exercise>` puts the stub
           back (it asks first and keeps your version: `./kubelab restore <exercise>` brings it
           back).

        Your progress (hints shown, exercises passed) is kept in `exercises/.kubelab-progress.json`;
        deleting it loses nothing a re-check cannot rebuild. Every command has `--help`.

        ## What your points mean

        This kit has the visible tests only. `./kubelab grade exercises` scores them and says so on
        its first line: its points are the visible tests' points, not your grade. When your
        instructor grades, hidden checks run as well (statistical checks of randomness, error
        handling, concurrency), so passing every visible test does not promise full marks. Each push
        to your GitHub Classroom repository runs the visible tests there too.

        A few tests need a real etcd (they say so when they skip): install Debian's or Ubuntu's `etcd-server`,
        or name a running cluster with `KUBELAB_ETCD_ENDPOINTS`. Without one those tests are skipped
        on your machine, and `./kubelab grade exercises` reports its score as incomplete.

        ## Layout

        | Folder | What it holds |
        |---|---|
        | `lessons/` | one Markdown lesson per pull request |
        | `exercises/` | your project: stubs with `TODO`s, the API around them, the visible tests |
        | `grader/` | the `kubelab` command's sources |
        """
        .formatted(LessonTable.render(catalog), first, firstTest, first);
  }

  private static String simpleName(String testClass) {
    return testClass.substring(testClass.lastIndexOf('.') + 1);
  }
}
