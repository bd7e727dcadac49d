package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.diplograph.extract.Written.extract;
import static org.diplograph.extract.Written.pairs;
import static org.diplograph.extract.Written.posts;
import static org.diplograph.extract.Written.written;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diplograph.TestPaths;
import org.diplograph.article.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extractor end to end on the seed and on articles written for these tests (CoreNLP loads once). */
class ExtractorTest {

  private static Extraction seed() {
    return extract(TestPaths.seeds().resolve("000_a4553e2fd8b8edc2.txt"));
  }

  @Test
  void seedMetadataComesFromTheDateLineDatelineAndCredit() {
    Extraction e = seed();
    assertThat(e.published()).isEqualTo(LocalDate.of(2024, 6, 25));
    assertThat(e.source()).isEqualTo("Trend");
    assertThat(e.dateline()).isEqualTo("Astana");
  }

  @Test
  void seedPersonsHaveEveryPostOfTheirCompoundTitles() {
    Extraction e = seed();
    assertThat(e.persons()).extracting(Extraction.Person::name).containsExactly("Murat Nurtleu", "Ian Borg");
    assertThat(e.persons().get(0).mentions()).contains("Nurtleu");
    assertThat(e.persons().get(0).positions()).extracting(Extraction.Position::role, p -> p.of().reference())
        .containsExactlyInAnyOrder(tuple("deputy-head-of-government", "country:KZ"), tuple("foreign-minister", "country:KZ"));
    assertThat(e.persons().get(1).positions()).extracting(Extraction.Position::role, p -> p.of().reference())
        .containsExactlyInAnyOrder(
            tuple("head-of-organisation", "org:Organization for Security and Co-operation in Europe"),
            tuple("foreign-minister", "country:MT"));
    assertThat(e.persons().get(1).positions()).allSatisfy(p -> assertThat(p.evidence()).contains("Ian Borg"));
  }

  @Test
  void seedCountriesIncludeTheCapitalStandingForItsGovernmentButNotCapitalsInNames() {
    assertThat(seed().countries()).extracting(Extraction.CountryMention::iso2).containsExactlyInAnyOrder("KZ", "MT");
  }

  @Test
  void seedOrganisationsLinkTheFieldOfficeToItsParent() {
    Extraction e = seed();
    assertThat(e.organisations()).extracting(Extraction.Organisation::name).containsExactly(
        "Organization for Security and Co-operation in Europe", "OSCE Programme Office in Astana");
    assertThat(e.organisations().get(0).mentions()).contains("OSCE");
    assertThat(e.organisations().get(1).parent()).isEqualTo("Organization for Security and Co-operation in Europe");
  }

  @Test
  void seedHasOneHeldMeetingInAstanaOnThePublicationDay() {
    assertThat(seed().meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).containsExactlyInAnyOrder(Party.person("Murat Nurtleu"), Party.person("Ian Borg"));
      assertThat(m.date()).isEqualTo(LocalDate.of(2024, 6, 25));
      assertThat(m.place()).isEqualTo("Astana");
      assertThat(m.kind()).isEqualTo(MeetingKind.MEETING);
      assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
    });
  }

  @Test
  void seedTopicsAndDocumentsCarryTheirYearsAndEvidence() {
    Extraction e = seed();
    assertThat(e.topics()).extracting(Extraction.Topic::id).contains("terrorism", "drug-trafficking", "border-security",
        "maritime", "logistics", "trade", "tourism").doesNotContain("defence", "conflict");
    assertThat(e.topics()).allSatisfy(t -> assertThat(t.evidence()).isNotBlank());
    assertThat(e.documents()).extracting(Extraction.Document::name, Extraction.Document::year)
        .containsExactly(tuple("Helsinki Final Act", 1975), tuple("Astana Declaration", 2010));
  }

  @Test
  void aPhoneCallOnAWeekdayResolvesAgainstThePublicationDate() {
    Extraction e = extract(TestPaths.article("001.txt"));
    assertThat(e.source()).isEqualTo("Example Wire");
    assertThat(e.countries()).extracting(Extraction.CountryMention::iso2).containsExactlyInAnyOrder("AT", "JP");
    assertThat(e.persons()).extracting(Extraction.Person::name).containsExactly("Beate Meinl-Reisinger", "Takeshi Iwaya");
    assertThat(e.persons().get(1).positions()).extracting(Extraction.Position::role, p -> p.of().reference())
        .containsExactly(tuple("foreign-minister", "country:JP"));
    assertThat(e.meetings()).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(MeetingKind.PHONE_CALL);
      assertThat(m.date()).isEqualTo(LocalDate.of(2025, 3, 13)); // the Thursday before Friday 14 March
      assertThat(m.place()).isNull(); // a call has no place, however the dateline reads
    });
    assertThat(e.topics()).extracting(Extraction.Topic::id).contains("energy", "trade", "science", "education");
    assertThat(e.documents()).extracting(Extraction.Document::year).containsExactly(1869);
  }

  @Test
  void anAnnouncedMeetingIsPlannedAndAPossessiveCountryIsTheAffiliation() {
    Extraction e = extract(TestPaths.article("002.html"));
    assertThat(e.persons().get(0).positions()).extracting(Extraction.Position::role, p -> p.of().reference())
        .containsExactly(tuple("foreign-minister", "country:GH"));
    assertThat(e.meetings()).singleElement().satisfies(m -> {
      assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
      assertThat(m.place()).isEqualTo("Accra");
    });
    assertThat(e.countries()).extracting(Extraction.CountryMention::iso2).contains("GH", "NO");
  }

  @Test
  void membersListedAfterTheirDelegationAreOfItsCountryNotTheHost(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Parliament of Chile", "2026-05-12",
        "VALPARAISO, May 12. The President of the Chamber of Deputies of Chile, Rosa Fuentes, received a delegation of Peruvian lawmakers on Monday.",
        "The Peruvian delegation consisted of Tomas Quispe, MP; Elena Mamani, MP; and Hugo Condori, MP.",
        "They discussed trade and water management.");
    assertThat(e.persons()).filteredOn(p -> !p.name().equals("Rosa Fuentes")).isNotEmpty()
        .allSatisfy(p -> assertThat(p.positions()).extracting(q -> q.of().reference()).containsOnly("country:PE"));
  }

  @Test
  void aGivenNameThatIsAlsoACapitalsNameAfterATitleIsAPersonNotAPlace(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Example Wire", "2026-05-16",
        "DAKAR, May 16. Senegalese Foreign Minister Sofia Ndiaye met Paraguayan President Santiago Benitez in Dakar on Saturday.");
    assertThat(e.persons()).extracting(Extraction.Person::name).contains("Sofia Ndiaye", "Santiago Benitez");
    assertThat(e.countries()).extracting(Extraction.CountryMention::iso2).doesNotContain("BG", "CL");
    assertThat(e.meetings()).singleElement().satisfies(m -> assertThat(m.participants()).hasSize(2));
  }

  @Test
  void aMeetingWithoutADayTakesTheDayOfTheArticlesOtherEncounterAndACityAfterItsAdjective(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Example Wire", "2026-05-14",
        "Chilean Foreign Minister Ana Soto received Peruvian Foreign Minister Luis Paz to discuss fisheries.",
        "On Tuesday, Soto also met the Bolivian Foreign Minister, Marta Rojas, in the coastal city of Valparaiso.");
    assertThat(e.meetings()).hasSize(2).allSatisfy(m -> {
      assertThat(m.date()).isEqualTo(LocalDate.of(2026, 5, 12)); // the Tuesday before Thursday 14 May
      assertThat(m.place()).isEqualTo("Valparaiso");
    });
  }

  @Test
  void aCompoundTitleGivesEachOfItsPostsButAPortfolioStaysOne(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Example Wire", "2026-02-10",
        "Chilean Deputy Prime Minister and Foreign Minister Ana Soto met Peruvian Minister of Trade and Industry Luis Paz in Lima on Monday.");
    assertThat(e.persons()).filteredOn(p -> p.name().equals("Ana Soto")).singleElement()
        .satisfies(p -> assertThat(p.positions()).extracting(Extraction.Position::role, q -> q.of().reference())
            .containsExactlyInAnyOrder(tuple("deputy-head-of-government", "country:CL"), tuple("foreign-minister", "country:CL")));
    assertThat(PositionCandidates.parts("Minister of Trade and Industry")).containsExactly("Minister of Trade and Industry");
  }

  @Test
  void twoForeignMinistriesInOneSentenceAreTwoAndEachKeepsItsWrittenName(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Example Wire", "2026-02-10",
        "The consultations between the Ministry of Foreign Affairs of the Republic of Chile and the Ministry of Foreign Affairs of the Republic of Peru were held in Lima.");
    assertThat(e.organisations()).extracting(Extraction.Organisation::name, o -> o.mentions().get(0))
        .containsExactly(tuple("Ministry of Foreign Affairs of Chile", "Ministry of Foreign Affairs of the Republic of Chile"),
            tuple("Ministry of Foreign Affairs of Peru", "Ministry of Foreign Affairs of the Republic of Peru"));
  }

  @Test
  void envoysListedAfterTheirCountriesWithSemicolonsTakeEachTheirOwn(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Example Wire", "2026-01-05",
        "President Marta Ruiz on Monday received the credentials of the new Ambassadors of Latvia, Mr Ivars Ozols; Peru, Ms Ana Soto; and Chile, Mr Luis Paz.");
    assertThat(e.persons()).filteredOn(p -> !p.name().equals("Marta Ruiz"))
        .extracting(Extraction.Person::name, p -> p.positions().get(0).role(), p -> p.positions().get(0).of().reference())
        .containsExactly(tuple("Ivars Ozols", "ambassador", "country:LV"), tuple("Ana Soto", "ambassador", "country:PE"),
            tuple("Luis Paz", "ambassador", "country:CL"));
    assertThat(e.persons()).filteredOn(p -> p.name().equals("Ana Soto")).singleElement()
        .satisfies(p -> assertThat(p.positions().get(0).title()).isEqualTo("new Ambassador")); // hers, not "… of Latvia"
  }

  @Test
  void aMeetingOnAVisitAbroadTakesNotTheDatelineCityAndASitesDateIsNoDateline(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Example Wire", "2026-03-03",
        "Lima", "Friday, October 9, 2026", // a weather box and a date from the page, not a dateline
        "LIMA, March 3. Peruvian Foreign Minister Luis Paz, on a working visit to Bolivia, met Bolivian Foreign Minister Marta Rojas on Monday.");
    assertThat(e.dateline()).isEqualTo("Lima");
    assertThat(e.meetings()).singleElement().satisfies(m -> {
      assertThat(m.date()).isEqualTo(LocalDate.of(2026, 3, 2));
      assertThat(m.place()).isNull(); // the talks were in Bolivia, in no city the text names
    });
  }

  @Test
  void theShippedOrganisationModelKeepsAMinistryTheRulesFind(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Example Wire", "2026-03-04",
        "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Paz at the Ministry of Foreign Affairs of Peru in Lima.",
        "They agreed to hold the next session of the Chile-Peru Joint Commission in Santiago.");
    assertThat(e.organisations()).extracting(Extraction.Organisation::name).contains("Ministry of Foreign Affairs of Peru");
    assertThat(Models.shipped().has(Candidate.Decision.ORGANISATION)).isTrue();
  }

  @Test
  void aCityAfterAVenueIsThePlaceAndCallingAMeetingGoodIsNoPhoneCall(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Example Wire", "2026-04-08",
        "President Marta Ruiz on Tuesday received Chilean Foreign Minister Ana Soto at the Casa Rosada, Buenos Aires.",
        "Soto called the meeting with Ruiz very productive.");
    assertThat(e.meetings()).isNotEmpty().allSatisfy(m -> {
      assertThat(m.kind()).isEqualTo(MeetingKind.MEETING);
      assertThat(m.place()).isEqualTo("Buenos Aires");
    });
  }

  @Test
  void aMeetingWithNoDayOfItsOwnTakesTheDayOfTheEventTheLeadReports(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Example Wire", "2026-06-12",
        "Chilean Foreign Minister Ana Soto on Thursday attended the opening of the regional water forum in Lima.",
        "On the sidelines, Soto held talks with Peruvian Foreign Minister Luis Paz on river basins.");
    assertThat(e.meetings()).singleElement().satisfies(m -> assertThat(m.date()).isEqualTo(LocalDate.of(2026, 6, 11)));
  }

  @Test
  void anAnnouncedMeetingTakesTheDayToComeThatTheLeadGives(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Example Wire", "2026-06-10",
        "Chilean Foreign Minister Ana Soto will arrive in Lima on Monday for a two-day official visit.",
        "She will hold talks with Peruvian Foreign Minister Luis Paz.");
    assertThat(e.meetings()).singleElement().satisfies(m -> {
      assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
      assertThat(m.date()).isEqualTo(LocalDate.of(2026, 6, 15));
    });
  }

  @Test
  void otherNewsAgenciesTheTextNamesAreOrganisationsButNotTheCreditedOne(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Kazinform", "2026-05-04",
        "ASTANA, May 4. Kazakh Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Paz on Monday, Kazinform reports.",
        "The talks were first reported by Yonhap News Agency and by TASS.");
    assertThat(e.source()).isEqualTo("Kazinform");
    assertThat(e.organisations()).extracting(Extraction.Organisation::name).contains("Yonhap News Agency", "TASS")
        .doesNotContain("Kazinform");
  }

  @Test
  void twoPresidentsNamedWithABareTitleAreHeadsOfTwoCountries(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Andes Daily", "2026-03-03",
        "LIMA, March 2 -- President Ana Soto received President Luis Paz at the Government Palace in Lima on Monday.",
        "The two leaders discussed trade and border security between Peru and Chile, the presidency said.");
    assertThat(e.persons()).extracting(Extraction.Person::name, p -> p.positions().get(0).of().reference())
        .containsExactly(tuple("Ana Soto", "country:PE"), tuple("Luis Paz", "country:CL"));
  }

  @Test
  void photographersCreditsAndCopyrightLinesAreNoPersonsOrOrganisations(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Andes Daily", "2023-03-04",
        "Leaders meet in Libreville",
        "",
        "Delegates sign a trade deal in Libreville, March 2, 2023. REUTERS/Ana Marisol Quiroga - RC11CB161F70",
        "Gabonese President Pablo Nunez met on Thursday with his Chadian counterpart, Idris Tomba.",
        "",
        "(AP Photo/Kemal Yusuf)",
        "In his talks with Tomba, the president stressed trade.",
        "",
        "© 2023, The Press Service of the President of Gabon");
    assertThat(e.persons()).extracting(Extraction.Person::name).containsExactlyInAnyOrder("Pablo Nunez", "Idris Tomba");
    assertThat(e.organisations()).isEmpty();
  }

  @Test
  void anOfficeHoldersPressServiceInLowerCaseIsAnOrganisationOfTheirCountry(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Andes Daily", "2023-03-04",
        "LIMA, March 3 - Peruvian President Tomas Ruiz received the Ghanaian Foreign Minister, Lena Okafor, on Friday,",
        "Chile's presidential press service said. The press service of the Peruvian Parliament published photographs.");
    assertThat(e.organisations()).extracting(Extraction.Organisation::name)
        .contains("Press Service of the President of Chile", "Press Service of the Parliament of Peru");
    assertThat(e.organisations()).flatExtracting(Extraction.Organisation::mentions)
        .contains("Chile's presidential press service", "press service of the Peruvian Parliament");
  }

  @Test
  void aCountryInAnotherPersonsTitleIsNotABareTitlesCountry(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Andes Daily", "2023-03-04",
        "Chile and Peru agree to expand trade",
        "",
        "Chilean Foreign Minister Ana Soto held talks with President Luis Paz on Friday, the Chilean foreign ministry said.",
        "",
        "Chile wants more trade with Peru, Soto said. Chilean exporters hope to sell more fruit.",
        "",
        "President Paz and Chilean Foreign Minister Soto also discussed migration.");
    assertThat(posts(e, "Luis Paz")).containsExactly("head-of-state country:PE");
  }

  @Test
  void aNameAfterABracketedHonorificIsStillAName(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Andes Daily", "2023-03-04",
        "The minister will call on Lyonchhen (Dr.) Dasho Wangchuk, Prime Minister, and meet officials of the ministry.");
    assertThat(e.persons()).extracting(Extraction.Person::name).containsExactly("Dasho Wangchuk");
  }

  @Test
  void aGivenNameWithAnApostropheThatNerLeftOutJoinsTheNameInAList(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Andes Daily", "2023-03-04",
        "The envoys were Ana Soto, Ambassador of Peru; N’dri Koffi Marcel, Ambassador of Cote d’Ivoire; and Luis Paz, Ambassador of Chile.");
    assertThat(e.persons()).extracting(Extraction.Person::name).contains("N’dri Koffi Marcel");
    assertThat(posts(e, "N’dri Koffi Marcel")).containsExactly("ambassador country:CI");
  }

  @Test
  void aWireCreditBetweenSlashesAndACopyrightFooterAreNoOrganisations(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Andes Daily", "2023-03-04",
        "Lima, 3 March /ANDESPRESS/ - Peruvian Foreign Minister Ana Soto met the Chilean Ambassador, Luis Paz.",
        "",
        "Any material published on this website is intellectual property of the Andes News Agency.");
    assertThat(e.organisations()).isEmpty();
    assertThat(e.persons()).extracting(Extraction.Person::name).containsExactlyInAnyOrder("Ana Soto", "Luis Paz");
  }

  @Test
  void aDashBeforeASpaceEndsAnOrganisationsName(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Andes Daily", "2023-03-04",
        "The talks were held at the Office of the President- Sital Bhawan- President Rana thanked the visitors from Peru.");
    assertThat(e.organisations()).extracting(Extraction.Organisation::name).containsExactly("Office of the President");
  }

  @Test
  void aSurnameMisspeltOnceIsTheSamePersonButAFeminineFormIsAnother(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Andes Daily", "2023-03-04",
        "Foreign Minister Anatoly Kuznetsov met the Chilean Ambassador, Luis Paz, in Lima.",
        "",
        "Minister Kusnetsov said the talks went well. Irina Kuznetsova, his deputy, also attended.");
    assertThat(e.persons()).extracting(Extraction.Person::name)
        .containsExactlyInAnyOrder("Anatoly Kuznetsov", "Luis Paz", "Irina Kuznetsova");
    assertThat(e.persons().stream().filter(p -> p.name().equals("Anatoly Kuznetsov")).findFirst().orElseThrow().mentions())
        .contains("Kusnetsov");
  }

  @Test
  void aDelegationGivesWayToItsNamedOfficialInTheSameEncounters(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Andes Daily", "2023-03-04",
        "LIMA, March 3 - Bolivian Foreign Minister Marta Quispe held bilateral meetings with foreign ministers from Chile and Ecuador"
            + " on the sidelines of the Andean summit.",
        "",
        "Meeting Chilean Foreign Minister Ana Soto, Quispe discussed trade. In her talks with Ecuadorian Foreign Minister Luis Paz,"
            + " she discussed migration.");
    assertThat(pairs(e))
        .containsExactlyInAnyOrder(List.of("Ana Soto", "Marta Quispe"), List.of("Luis Paz", "Marta Quispe"));
  }

  @Test
  void aBareTitleThatFitsTheProtagonistAndAnotherPersonIsTheProtagonist(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Andes Daily", "2023-03-04",
        "LIMA, March 3 - Peruvian Prime Minister Tomas Ruiz arrived in Quito on Friday, where he met Ecuadorian Prime Minister Luis Paz.",
        "",
        "The Prime Minister later held a meeting with the Secretary-General of the Andean Community, Ana Soto, on trade.");
    assertThat(pairs(e))
        .containsExactlyInAnyOrder(List.of("Luis Paz", "Tomas Ruiz"), List.of("Ana Soto", "Tomas Ruiz"));
  }

  @Test
  void aPronounAfterASentenceWithoutANamedSubjectIsTheProtagonist(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Andes Daily", "2023-03-04",
        "LIMA, March 3 - Peruvian President Tomas Ruiz met Chilean President Luis Paz in Lima on Friday.",
        "",
        "Paz was accompanied by his foreign minister, Ana Soto.",
        "",
        "The two leaders discussed trade and migration.",
        "",
        "He also met the Bolivian ambassador, Marta Quispe.");
    assertThat(pairs(e))
        .contains(List.of("Marta Quispe", "Tomas Ruiz")).doesNotContain(List.of("Luis Paz", "Marta Quispe"));
  }

  @Test
  void aNameThatNerTookForAnOrganisationAfterATitleIsAPerson(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Example News", "2025-03-04",
        "The President of the Council of the European Union Toivo Klaar met Prime Minister Nikol Pashinyan.");
    assertThat(e.persons()).extracting(Extraction.Person::name).contains("Toivo Klaar", "Nikol Pashinyan");
    assertThat(pairs(e)).contains(List.of("Nikol Pashinyan", "Toivo Klaar"));
  }

  @Test
  void aFullNameWrittenOnceWithASlipInOneWordIsTheSamePerson(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Example News", "2025-03-04",
        "Minister of Agriculture Ana Soto held talks with the Chinese Ambassador, Zhao Xiaoyuan, on Monday.",
        "Ambassador Zhao Xiaoyan said China would support the sector.");
    assertThat(e.persons()).extracting(Extraction.Person::name).containsOnlyOnce("Zhao Xiaoyuan")
        .doesNotContain("Zhao Xiaoyan");
  }

  @Test
  void partiesOfAJointEncounterWhoEachMetTheHostMetEachOther(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Example News", "2025-03-04",
        "Santiago, 3 March 2025 - President Ana Soto will host a trilateral summit with President Luis Paz of Peru and"
            + " President Ivan Petrov of Bolivia next week, the presidency said.");
    assertThat(pairs(e)).contains(List.of("Ana Soto", "Luis Paz"), List.of("Ana Soto", "Ivan Petrov"),
        List.of("Ivan Petrov", "Luis Paz"));
  }

  @Test
  void twoSubjectsWhoMetAThirdTogetherDidNotMeetEachOther(@TempDir Path dir) throws Exception {
    Extraction e = written(dir, "Example News", "2025-03-04",
        "Speaker Ana Soto and her husband Luis Paz also met on Monday with Mr. Ivan Petrov, Clerk of the Parliament of Peru.");
    assertThat(pairs(e)).contains(List.of("Ana Soto", "Ivan Petrov")).doesNotContain(List.of("Ana Soto", "Luis Paz"));
  }
}
