package io.kubelab.grader.cli.student;

import io.kubelab.grader.kit.Kit;
import io.kubelab.grader.kit.Lesson;
import io.kubelab.grader.site.Course;
import io.kubelab.grader.site.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Languages turns a command's {@code --lang} and the locale into a language (or a usage error), so
 * messages that send a reader to a lesson name the one in their language.
 */
public final class Languages {
  private Languages() {}

  /** Returns the language of the reader's locale. */
  public static Language ofLocale() {
    return Language.choose(null, System.getenv());
  }

  /** Returns the path of {@code lesson} in the language of the reader's locale. */
  public static String lessonPath(Kit kit, Lesson lesson) {
    return Course.lessonPath(kit, lesson, ofLocale());
  }

  public static Language chosen(String option, CommandSpec spec) {
    try {
      return Language.choose(option, System.getenv());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, option);
    }
  }
}
