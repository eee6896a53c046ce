package io.kubelab.grader.site;

/**
 * Words are the few phrases the site and the command line add around the lessons, in one language,
 * so a Chinese reader meets no English label on a Chinese page.
 */
record Words(
    String course,
    String lessons,
    String upstream,
    String merge,
    String start,
    String edit,
    String watch,
    String run,
    String hint,
    String grade) {

  private static final Words ENGLISH =
      new Words(
          "kubelab: Kubernetes pull requests of 2014, re-lived in Java",
          "Lessons",
          "Upstream:",
          "merge",
          "Start this exercise:",
          "edit",
          "re-checks on every save",
          "visible tests",
          "next hint",
          "with hidden checks");

  private static final Words CHINESE =
      new Words(
          "kubelab：用 Java 重走 2014 年的 Kubernetes PR",
          "课程",
          "上游：",
          "合并",
          "开始这道练习：",
          "修改",
          "每次保存都重新检查",
          "可见测试",
          "下一条提示",
          "含隐藏检查");

  static Words of(Language language) {
    return language == Language.ENGLISH ? ENGLISH : CHINESE;
  }
}
