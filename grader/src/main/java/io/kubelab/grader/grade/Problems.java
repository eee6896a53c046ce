package io.kubelab.grader.grade;

import io.kubelab.grader.kit.Catalog;
import io.kubelab.grader.kit.Exercise;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Problems is what went wrong with a submission before its tests ran, told to the student where it
 * costs: {@code byExercise} holds each exercise's own problems (a file it owns that could not be
 * read or did not compile), {@code general} those no exercise owns.
 */
record Problems(Map<String, List<String>> byExercise, List<String> general) {
  Problems {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    byExercise.forEach((id, problems) -> copy.put(id, List.copyOf(problems)));
    byExercise = Collections.unmodifiableMap(copy);
    general = List.copyOf(general);
  }

  /**
   * Returns the {@code problems} a submission was read with, each given to every exercise owning
   * the file it names, or to none.
   */
  static Problems attribute(Catalog catalog, List<String> problems) {
    Map<String, List<String>> byExercise = new LinkedHashMap<>();
    List<String> general = new ArrayList<>();
    for (String problem : problems) {
      List<Exercise> owners = catalog.exercisesEditing(problem::startsWith);
      owners.forEach(e -> byExercise.computeIfAbsent(e.id(), id -> new ArrayList<>()).add(problem));
      if (owners.isEmpty()) {
        general.add(problem);
      }
    }
    return new Problems(byExercise, general);
  }

  /** Returns the problems of the exercise {@code exerciseId}, in the order they were found. */
  List<String> of(String exerciseId) {
    return byExercise.getOrDefault(exerciseId, List.of());
  }

  /** Returns these problems and then {@code more}, by exercise id. */
  Problems plus(Map<String, List<String>> more) {
    Map<String, List<String>> all = new LinkedHashMap<>();
    byExercise.forEach((id, problems) -> all.put(id, new ArrayList<>(problems)));
    more.forEach(
        (id, problems) -> all.computeIfAbsent(id, k -> new ArrayList<>()).addAll(problems));
    return new Problems(all, general);
  }

  /** Returns these problems and then {@code more} that no exercise owns. */
  Problems plusGeneral(List<String> more) {
    List<String> all = new ArrayList<>(general);
    all.addAll(more);
    return new Problems(byExercise, all);
  }
}
