package io.kubelab.grader.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A SHA-256 digest")
class Sha256Test {

  @Test
  @DisplayName("of \"abc\" is the one FIPS 180-2 gives, in lower-case hex")
  void knownAnswer() {
    assertThat(Sha256.hex("abc"))
        .as("the digest of the three bytes 'abc'")
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  @DisplayName("fed in parts is the digest of the parts joined")
  void partsAsWhole() {
    MessageDigest digest = Sha256.digest();
    digest.update("a".getBytes(StandardCharsets.UTF_8));
    digest.update("bc".getBytes(StandardCharsets.UTF_8));

    assertThat(Sha256.hex(digest))
        .as("'a' then 'bc' digests as 'abc'")
        .isEqualTo(Sha256.hex("abc".getBytes(StandardCharsets.UTF_8)));
  }
}
