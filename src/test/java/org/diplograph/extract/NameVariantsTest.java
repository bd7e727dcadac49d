package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameVariantsTest {

  @Test
  void aShortGivenNameIsTheFullOnesPerson() {
    assertThat(NameVariants.same("Joseph Novak", "Joe Novak")).isTrue();
    assertThat(NameVariants.same("Bill Novak", "William Novak")).isTrue();
  }

  @Test
  void aShortGivenNameWithAnotherSurnameIsAnotherPerson() {
    assertThat(NameVariants.same("Joseph Novak", "Joe Kovac")).isFalse();
    assertThat(NameVariants.same("Joseph Novak", "Jonas Novak")).isFalse();
  }

  @Test
  void theFullerNameHoldsTheShorter() {
    assertThat(NameVariants.same("Murat Nurtleu", "Nurtleu")).isTrue();
    assertThat(NameVariants.same("Sergei Lavrov", "Sergey Lavrov")).isTrue();
    assertThat(NameVariants.same("Shavkat Mirziyoyev", "Mirziyoyeva")).isFalse();
  }
}
