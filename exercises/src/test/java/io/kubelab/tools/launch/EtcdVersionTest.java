package io.kubelab.tools.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The launcher passes each etcd release only the flags that release defines. */
@DisplayName("The etcd version check")
class EtcdVersionTest {

  /**
   * What {@code etcd --version} prints, and the flags the launcher may pass that the release
   * defines in its etcdmain/config.go (v3.3.25, v3.4.23 and v3.5.0, read for this test).
   */
  static Stream<Arguments> releases() {
    return Stream.of(
        Arguments.of(
            "etcd Version: 3.3.25\nGit SHA: Not provided\nGo Version: go1.13.8\nGo OS/Arch: linux/amd64\n",
            Set.of("--heartbeat-interval", "--election-timeout", "--log-output")),
        Arguments.of(
            "etcd Version: 3.4.23\nGit SHA: Not provided (use ./build instead of go build)\n"
                + "Go Version: go1.19.8\nGo OS/Arch: linux/amd64\n",
            Set.of(
                "--heartbeat-interval",
                "--election-timeout",
                "--pre-vote",
                "--log-output",
                "--log-outputs")),
        Arguments.of(
            "etcd Version: 3.5.17\nGit SHA: 507c0de\nGo Version: go1.22.9\nGo OS/Arch: linux/amd64\n",
            Set.of("--heartbeat-interval", "--election-timeout", "--pre-vote", "--log-outputs")));
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("releases")
  @DisplayName("passes only flags the installed release defines")
  void onlyKnownFlags(String printed, Set<String> defined) throws IOException {
    List<String> flags = EtcdVersion.parse(printed).tuningFlags();

    assertThat(flags)
        .as("every flag is one this release defines")
        .allSatisfy(flag -> assertThat(defined).contains(flag.substring(0, flag.indexOf('='))))
        .as("the election timing is tuned and the log goes to stderr on every release")
        .contains("--heartbeat-interval=10", "--election-timeout=100")
        .anyMatch(flag -> flag.matches("--log-outputs?=stderr"));
  }

  @Test
  @DisplayName("turns pre-vote on from 3.4, and leaves it out on 3.3, which lacks it")
  void preVoteFrom34() throws IOException {
    assertThat(EtcdVersion.parse("etcd Version: 3.3.25\n").tuningFlags())
        .as("3.3 has no --pre-vote flag")
        .noneMatch(flag -> flag.startsWith("--pre-vote"));
    assertThat(EtcdVersion.parse("etcd Version: 3.4.23\n").tuningFlags())
        .as("3.4 gets pre-vote, off by default there")
        .contains("--pre-vote=true");
    assertThat(EtcdVersion.ofImage("localhost/kubelab-etcd:3.4.23"))
        .as("an image's tag names its version")
        .isEqualTo(new EtcdVersion(3, 4));
  }

  @Test
  @DisplayName("says what it got when the binary prints no version")
  void unreadableVersion() {
    assertThatThrownBy(() -> EtcdVersion.parse("command not found"))
        .as("a clear error naming what was printed")
        .isInstanceOf(IOException.class)
        .hasMessageContaining("command not found");
  }
}
