package io.kubelab.grader.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The reader's language")
class LanguageTest {
  @Test
  @DisplayName("is --lang when given: zh, zh-CN and zh_CN are Chinese, en is English")
  void optionWins() {
    Map<String, String> chineseLocale = Map.of("LANG", "zh_CN.UTF-8");
    assertThat(Language.choose("zh", Map.of())).as("--lang zh").isEqualTo(Language.CHINESE);
    assertThat(Language.choose("zh-CN", Map.of())).as("--lang zh-CN").isEqualTo(Language.CHINESE);
    assertThat(Language.choose("zh_CN", Map.of())).as("--lang zh_CN").isEqualTo(Language.CHINESE);
    assertThat(Language.choose("en", chineseLocale))
        .as("--lang en wins over a Chinese locale")
        .isEqualTo(Language.ENGLISH);
  }

  @Test
  @DisplayName("follows the locale otherwise, LC_ALL before LC_MESSAGES before LANG")
  void localeDecides() {
    assertThat(Language.choose(null, Map.of("LANG", "zh_CN.UTF-8")))
        .as("LANG=zh_CN.UTF-8")
        .isEqualTo(Language.CHINESE);
    assertThat(Language.choose(null, Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "C.UTF-8")))
        .as("LC_ALL=C.UTF-8 overrides LANG")
        .isEqualTo(Language.ENGLISH);
    assertThat(Language.choose(null, Map.of("LANG", "en_US.UTF-8", "LC_MESSAGES", "zh_TW.UTF-8")))
        .as("LC_MESSAGES=zh_TW.UTF-8 overrides LANG")
        .isEqualTo(Language.CHINESE);
    assertThat(Language.choose(null, Map.of("LANG", "", "LC_ALL", "")))
        .as("empty variables count as unset")
        .isEqualTo(Language.ENGLISH);
    assertThat(Language.choose(null, Map.of())).as("no locale at all").isEqualTo(Language.ENGLISH);
  }

  @Test
  @DisplayName("refuses a language the lessons are not written in, naming the ones they are")
  void unknownLanguage() {
    assertThatThrownBy(() -> Language.choose("fr", Map.of()))
        .as("--lang fr")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'fr'")
        .hasMessageContaining("en")
        .hasMessageContaining("zh");
  }
}
