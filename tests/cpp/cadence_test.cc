// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/cadence.h"

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "govgraph/handle.h"

namespace govgraph {
namespace {

using Kind = Cadence::Kind;

// Parses `text`, failing the test (and returning a default Cadence) if it
// does not parse.
Cadence MustParse(absl::string_view text) {
  absl::StatusOr<Cadence> c = ParseCadence(text);
  EXPECT_TRUE(c.ok()) << "\"" << text << "\": " << c.status();
  if (!c.ok()) return Cadence();
  EXPECT_EQ(c->text(), std::string(text)) << "text must be kept verbatim";
  return *std::move(c);
}

std::vector<Cadence::AreaRate> Exceptions(
    std::vector<std::pair<std::string, double>> list) {
  std::vector<Cadence::AreaRate> out;
  for (auto& [area, per_year] : list) {
    Cadence::AreaRate e;
    e.area = area;
    e.per_year = per_year;
    out.push_back(e);
  }
  return out;
}

// --- The seed strings, exactly as printed in the registers ---------------

TEST(ParseCadenceSeedTest, BiMonthlyIsEveryTwoMonthsWithNote) {
  Cadence c = MustParse("Bi monthly");
  EXPECT_EQ(c.kind(), Kind::kRegular);
  EXPECT_EQ(c.per_year(), 6.0);
  EXPECT_TRUE(c.exceptions().empty());
  EXPECT_NE(c.note().find("every two months"), std::string::npos) << c.note();
}

TEST(ParseCadenceSeedTest, SixMonthly) {
  Cadence c = MustParse("Six monthly");
  EXPECT_EQ(c.kind(), Kind::kRegular);
  EXPECT_EQ(c.per_year(), 2.0);
  EXPECT_TRUE(c.note().empty()) << c.note();
}

TEST(ParseCadenceSeedTest, SixthMonthlyIsReadAsSixMonthlyWithNote) {
  Cadence c = MustParse("Sixth monthly");
  EXPECT_EQ(c.kind(), Kind::kRegular);
  EXPECT_EQ(c.per_year(), 2.0);
  EXPECT_NE(c.note().find("six-monthly"), std::string::npos) << c.note();
}

TEST(ParseCadenceSeedTest, ThreeMonthly) {
  Cadence c = MustParse("Three monthly");
  EXPECT_EQ(c.kind(), Kind::kRegular);
  EXPECT_EQ(c.per_year(), 4.0);
}

TEST(ParseCadenceSeedTest, Quarterly) {
  Cadence c = MustParse("Quarterly");
  EXPECT_EQ(c.kind(), Kind::kRegular);
  EXPECT_EQ(c.per_year(), 4.0);
  EXPECT_TRUE(c.exceptions().empty());
  EXPECT_TRUE(c.note().empty());
}

TEST(ParseCadenceSeedTest, QuarterlyWithException) {
  Cadence c = MustParse("Quarterly (except South Glos – three times a year)");
  EXPECT_EQ(c.kind(), Kind::kRegular);
  EXPECT_EQ(c.per_year(), 4.0);
  ASSERT_EQ(c.exceptions().size(), 1u);
  EXPECT_EQ(c.exceptions()[0].area, "South Glos");
  EXPECT_EQ(c.exceptions()[0].per_year, 3.0);
  EXPECT_FALSE(c.exceptions()[0].area_handle.valid());
}

TEST(ParseCadenceSeedTest, VariesWithTypicalRateAndException) {
  Cadence c = MustParse(
      "Varies in each LA area - Quarterly (except South Glos – three times a year)");
  EXPECT_EQ(c.kind(), Kind::kVaries);
  EXPECT_EQ(c.per_year(), 4.0);
  EXPECT_EQ(c.exceptions(), Exceptions({{"South Glos", 3}}));
}

TEST(ParseCadenceSeedTest, VariesWithoutRate) {
  Cadence c = MustParse("Varies in each LA area");
  EXPECT_EQ(c.kind(), Kind::kVaries);
  EXPECT_FALSE(c.per_year().has_value());
  EXPECT_FALSE(c.is_known());
  EXPECT_TRUE(c.exceptions().empty());
}

TEST(ParseCadenceSeedTest, TbcIsASuccessfulUnknown) {
  absl::StatusOr<Cadence> c = ParseCadence("TBC after stakeholder engagement");
  ASSERT_TRUE(c.ok()) << c.status();
  EXPECT_EQ(c->kind(), Kind::kUnknown);
  EXPECT_FALSE(c->per_year().has_value());
  EXPECT_EQ(c->text(), "TBC after stakeholder engagement");
}

// --- The usual others ----------------------------------------------------

struct RateCase {
  const char* text;
  Kind kind;
  std::optional<double> per_year;
};

std::ostream& operator<<(std::ostream& os, const RateCase& c) { return os << '"' << c.text << '"'; }

class ParseCadenceRateTest : public ::testing::TestWithParam<RateCase> {};

TEST_P(ParseCadenceRateTest, Reads) {
  const RateCase& want = GetParam();
  Cadence c = MustParse(want.text);
  EXPECT_EQ(c.kind(), want.kind);
  ASSERT_EQ(c.per_year().has_value(), want.per_year.has_value());
  if (want.per_year) {
    EXPECT_NEAR(*c.per_year(), *want.per_year, 1e-9);
  }
  EXPECT_TRUE(c.exceptions().empty());
}

INSTANTIATE_TEST_SUITE_P(
    Adverbs, ParseCadenceRateTest,
    ::testing::Values(RateCase{"weekly", Kind::kRegular, 52},
                      RateCase{"Weekly", Kind::kRegular, 52},
                      RateCase{"fortnightly", Kind::kRegular, 26},
                      RateCase{"Monthly", Kind::kRegular, 12},
                      RateCase{"MONTHLY.", Kind::kRegular, 12},
                      RateCase{"  monthly  ", Kind::kRegular, 12},
                      RateCase{"monthly meetings", Kind::kRegular, 12},
                      RateCase{"Meets monthly", Kind::kRegular, 12},
                      RateCase{"on a monthly basis", Kind::kRegular, 12},
                      RateCase{"bimonthly", Kind::kRegular, 6},
                      RateCase{"bi-monthly", Kind::kRegular, 6},
                      RateCase{"Bi-Monthly.", Kind::kRegular, 6},
                      RateCase{"bi\xE2\x80\x91monthly", Kind::kRegular, 6},
                      RateCase{"quarterly.", Kind::kRegular, 4},
                      RateCase{"Quarterly...", Kind::kRegular, 4},
                      RateCase{"three-monthly", Kind::kRegular, 4},
                      RateCase{"3 monthly", Kind::kRegular, 4},
                      RateCase{"four monthly", Kind::kRegular, 3},
                      RateCase{"Four-monthly", Kind::kRegular, 3},
                      RateCase{"six-monthly", Kind::kRegular, 2},
                      RateCase{"6 monthly", Kind::kRegular, 2},
                      RateCase{"two monthly", Kind::kRegular, 6},
                      RateCase{"four weekly", Kind::kRegular, 13},
                      RateCase{"half-yearly", Kind::kRegular, 2},
                      RateCase{"Half yearly", Kind::kRegular, 2},
                      RateCase{"biannually", Kind::kRegular, 2},
                      RateCase{"Bi-annually", Kind::kRegular, 2},
                      RateCase{"twice a year", Kind::kRegular, 2},
                      RateCase{"Twice yearly", Kind::kRegular, 2},
                      RateCase{"twice monthly", Kind::kRegular, 24},
                      RateCase{"annually", Kind::kRegular, 1},
                      RateCase{"Annual", Kind::kRegular, 1},
                      RateCase{"yearly", Kind::kRegular, 1},
                      RateCase{"once a year", Kind::kRegular, 1},
                      RateCase{"Once a month", Kind::kRegular, 12}));

INSTANTIATE_TEST_SUITE_P(
    Counts, ParseCadenceRateTest,
    ::testing::Values(RateCase{"6 times a year", Kind::kRegular, 6},
                      RateCase{"Six times a year", Kind::kRegular, 6},
                      RateCase{"10 times per year", Kind::kRegular, 10},
                      RateCase{"ten times per year", Kind::kRegular, 10},
                      RateCase{"4 per annum", Kind::kRegular, 4},
                      RateCase{"Four per annum.", Kind::kRegular, 4},
                      RateCase{"8 meetings a year", Kind::kRegular, 8},
                      RateCase{"eight meetings a year", Kind::kRegular, 8},
                      RateCase{"5 meetings per year", Kind::kRegular, 5},
                      RateCase{"6 a year", Kind::kRegular, 6},
                      RateCase{"6x a year", Kind::kRegular, 6},
                      RateCase{"6 times annually", Kind::kRegular, 6},
                      RateCase{"3 times in a year", Kind::kRegular, 3},
                      RateCase{"11 times each year", Kind::kRegular, 11},
                      RateCase{"twelve times a year", Kind::kRegular, 12},
                      RateCase{"2 per month", Kind::kRegular, 24},
                      RateCase{"2 times a month", Kind::kRegular, 24},
                      RateCase{"two times a month", Kind::kRegular, 24},
                      RateCase{"3 times a week", Kind::kRegular, 156},
                      RateCase{"once a fortnight", Kind::kRegular, 26},
                      RateCase{"twice a quarter", Kind::kRegular, 8}));

INSTANTIATE_TEST_SUITE_P(
    Every, ParseCadenceRateTest,
    ::testing::Values(RateCase{"every 2 weeks", Kind::kRegular, 26},
                      RateCase{"Every two weeks", Kind::kRegular, 26},
                      RateCase{"every 6 weeks", Kind::kRegular, 52.0 / 6},
                      RateCase{"every week", Kind::kRegular, 52},
                      RateCase{"every 2 months", Kind::kRegular, 6},
                      RateCase{"every three months", Kind::kRegular, 4},
                      RateCase{"Every 18 months", Kind::kRegular, 12.0 / 18},
                      RateCase{"once every six months", Kind::kRegular, 2},
                      RateCase{"every 2 years", Kind::kRegular, 0.5},
                      RateCase{"every year", Kind::kRegular, 1},
                      RateCase{"every 1.5 years", Kind::kRegular, 1 / 1.5},
                      RateCase{"every other month", Kind::kRegular, 6},
                      RateCase{"Every other week", Kind::kRegular, 26},
                      RateCase{"every third month", Kind::kRegular, 4}));

INSTANTIATE_TEST_SUITE_P(
    AdHocAndUnknown, ParseCadenceRateTest,
    ::testing::Values(RateCase{"ad hoc", Kind::kAdHoc, std::nullopt},
                      RateCase{"Ad-hoc", Kind::kAdHoc, std::nullopt},
                      RateCase{"adhoc", Kind::kAdHoc, std::nullopt},
                      RateCase{"As required", Kind::kAdHoc, std::nullopt},
                      RateCase{"as needed.", Kind::kAdHoc, std::nullopt},
                      RateCase{"When required", Kind::kAdHoc, std::nullopt},
                      RateCase{"as and when required", Kind::kAdHoc, std::nullopt},
                      RateCase{"unknown", Kind::kUnknown, std::nullopt},
                      RateCase{"Unknown", Kind::kUnknown, std::nullopt},
                      RateCase{"To be confirmed", Kind::kUnknown, std::nullopt},
                      RateCase{"to be agreed", Kind::kUnknown, std::nullopt},
                      RateCase{"TBC", Kind::kUnknown, std::nullopt},
                      RateCase{"tbc.", Kind::kUnknown, std::nullopt},
                      RateCase{"TBA", Kind::kUnknown, std::nullopt},
                      RateCase{"Varies", Kind::kVaries, std::nullopt},
                      RateCase{"Varies - TBC", Kind::kVaries, std::nullopt},
                      RateCase{"Variable: monthly", Kind::kVaries, 12},
                      RateCase{"Monthly \xE2\x80\x94 varies by area", Kind::kVaries, 12}));

// --- Number words --------------------------------------------------------

TEST(ParseCadenceTest, NumberWordsOneToTwelve) {
  const char* words[] = {"one", "two",  "three", "four",   "five",  "six",
                         "seven", "eight", "nine", "ten", "eleven", "twelve"};
  for (int i = 0; i < 12; ++i) {
    const std::string text = std::string(words[i]) + " times a year";
    Cadence c = MustParse(text);
    EXPECT_EQ(c.kind(), Kind::kRegular) << text;
    EXPECT_EQ(c.per_year(), static_cast<double>(i + 1)) << text;
    const std::string capitalised =
        std::string(1, static_cast<char>(words[i][0] - 'a' + 'A')) + (words[i] + 1) +
        " per annum";
    EXPECT_EQ(MustParse(capitalised).per_year(), static_cast<double>(i + 1)) << capitalised;
  }
}

// --- Forgiveness -----------------------------------------------------------

TEST(ParseCadenceTest, CaseHyphensSpacesAndFullStopsDoNotMatter) {
  for (const char* text : {"Bi monthly", "bi monthly", "BI MONTHLY", "bi-monthly", "Bi-monthly.",
                           "bimonthly", "  Bi   monthly  ", "bi \xE2\x80\x93 monthly"}) {
    Cadence c = MustParse(text);
    EXPECT_EQ(c.kind(), Kind::kRegular) << text;
    EXPECT_EQ(c.per_year(), 6.0) << text;
  }
}

TEST(ParseCadenceTest, EmptyIsUnknownWithoutText) {
  for (const char* text : {"", "   ", "\t\n"}) {
    absl::StatusOr<Cadence> c = ParseCadence(text);
    ASSERT_TRUE(c.ok()) << c.status();
    EXPECT_EQ(*c, Cadence::Unknown(""));
    EXPECT_EQ(c->kind(), Kind::kUnknown);
    EXPECT_TRUE(c->text().empty());
  }
}

TEST(ParseCadenceTest, TextIsKeptVerbatim) {
  const std::string text = "  Quarterly (except South Glos \xE2\x80\x93 three times a year).  ";
  absl::StatusOr<Cadence> c = ParseCadence(text);
  ASSERT_TRUE(c.ok()) << c.status();
  EXPECT_EQ(c->text(), text);
}

TEST(ParseCadenceTest, PlainRatesHaveNoNote) {
  for (const char* text : {"Quarterly", "monthly", "6 times a year", "every 2 weeks", "TBC"}) {
    EXPECT_TRUE(MustParse(text).note().empty()) << text;
  }
}

TEST(ParseCadenceTest, BiWeeklyIsEveryTwoWeeksWithNote) {
  Cadence c = MustParse("Bi-weekly");
  EXPECT_EQ(c.per_year(), 26.0);
  EXPECT_NE(c.note().find("every two weeks"), std::string::npos) << c.note();
}

TEST(ParseCadenceTest, HedgesAndQualifiersAreNoted) {
  Cadence approx = MustParse("Approximately monthly");
  EXPECT_EQ(approx.per_year(), 12.0);
  EXPECT_NE(approx.note().find("approximate"), std::string::npos);

  Cadence bracketed = MustParse("Quarterly (approx.)");
  EXPECT_EQ(bracketed.per_year(), 4.0);
  EXPECT_TRUE(bracketed.exceptions().empty());
  EXPECT_NE(bracketed.note().find("approximate"), std::string::npos);
}

// --- Exceptions ------------------------------------------------------------

TEST(ParseCadenceExceptionTest, DashesAndKeywords) {
  const Cadence want = Cadence::Regular(4).AddException("South Glos", 3);
  for (const char* text : {
           "Quarterly (except South Glos \xE2\x80\x93 three times a year)",  // en dash
           "Quarterly (except South Glos \xE2\x80\x94 three times a year)",  // em dash
           "Quarterly (except South Glos - three times a year)",
           "Quarterly (except South Glos: three times a year)",
           "Quarterly (except South Glos:3 times a year)",
           "Quarterly (Except  South Glos  \xE2\x80\x93  3 times a year)",
           "quarterly (apart from South Glos \xE2\x80\x93 three times a year)",
           "Quarterly (but South Glos \xE2\x80\x93 three times a year)",
           "Quarterly (except in South Glos \xE2\x80\x93 three times a year)",
           "Quarterly (except South Glos three times a year)",
           "Quarterly (except three times a year in South Glos)",
           "Quarterly (South Glos \xE2\x80\x93 three times a year)",
           "Quarterly, except South Glos \xE2\x80\x93 three times a year.",
       }) {
    Cadence c = MustParse(text);
    EXPECT_EQ(c.kind(), Kind::kRegular) << text;
    EXPECT_EQ(c.per_year(), 4.0) << text;
    EXPECT_EQ(c.exceptions(), want.exceptions()) << text;
  }
}

TEST(ParseCadenceExceptionTest, AreaKeepsInnerHyphens) {
  Cadence c = MustParse("Monthly (except Bath and North-East Somerset - bi-monthly)");
  EXPECT_EQ(c.per_year(), 12.0);
  EXPECT_EQ(c.exceptions(), Exceptions({{"Bath and North-East Somerset", 6}}));
  EXPECT_NE(c.note().find("every two months"), std::string::npos) << c.note();
}

TEST(ParseCadenceExceptionTest, SeveralExceptions) {
  const auto want = Exceptions({{"South Glos", 3}, {"Bristol", 6}});
  for (const char* text : {
           "Quarterly (except South Glos \xE2\x80\x93 three times a year; Bristol \xE2\x80\x93 "
           "bi-monthly)",
           "Quarterly (except South Glos - 3 times a year, Bristol - 6 times a year)",
           "Quarterly (except South Glos: three times a year; and Bristol: every 2 months)",
       }) {
    Cadence c = MustParse(text);
    EXPECT_EQ(c.per_year(), 4.0) << text;
    EXPECT_EQ(c.exceptions(), want) << text;
  }
}

TEST(ParseCadenceExceptionTest, CommaBetweenAreaAndRate) {
  Cadence c = MustParse("Monthly (except South Glos, quarterly)");
  EXPECT_EQ(c.exceptions(), Exceptions({{"South Glos", 4}}));
}

TEST(ParseCadenceExceptionTest, OnUnknownCadence) {
  Cadence c = MustParse("TBC (except Bristol - monthly)");
  EXPECT_EQ(c.kind(), Kind::kUnknown);
  EXPECT_EQ(c.exceptions(), Exceptions({{"Bristol", 12}}));
}

// --- Errors ----------------------------------------------------------------

TEST(ParseCadenceErrorTest, NamesTheTextAndGivesExamples) {
  absl::StatusOr<Cadence> c = ParseCadence("fortnighly-ish");
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(c.status().message().find("\"fortnighly-ish\""), absl::string_view::npos)
      << c.status();
  EXPECT_NE(c.status().message().find("cannot read cadence"), absl::string_view::npos);
  EXPECT_NE(c.status().message().find("quarterly"), absl::string_view::npos);
  EXPECT_NE(c.status().message().find("TBC"), absl::string_view::npos);
}

TEST(ParseCadenceErrorTest, GarbageIsNotRead) {
  for (const char* text : {
           "purple", "fortnighly-ish", "monthly purple", "purple monthly", "6", "12 times",
           "times a year", "twice", "every", "every purple weeks", "every 2", "every 2 purples",
           "0 times a year", "every 0 weeks", "-3 times a year", "6+ times a year",
           "2-3 times a year", "1e9 times a year", "6 times a purple", "Quarterly - TBC maybe",
           "sixth weekly", "seventh monthly", "thirteen times a year", "monthly*", "?",
           "-", "...", "Quarterly (except South Glos)", "Quarterly (except South Glos - purple)",
           "Quarterly (purple)", "Quarterly (except South Glos - three times a year",
           "Quarterly except South Glos - three times a year)", "Quarterly ((nested))",
           "Quarterly except", "Quarterly (except - three times a year)",
           "99999999999999999999999 times a year", "5000 times a year", "every 0.001 weeks",
       }) {
    absl::StatusOr<Cadence> c = ParseCadence(text);
    EXPECT_FALSE(c.ok()) << "\"" << text << "\" read as " << c->Describe();
    if (!c.ok()) {
      EXPECT_EQ(c.status().code(), absl::StatusCode::kInvalidArgument) << text;
      EXPECT_NE(c.status().message().find(text), absl::string_view::npos) << c.status();
    }
  }
}

// --- Describe --------------------------------------------------------------

TEST(CadenceDescribeTest, Outputs) {
  EXPECT_EQ(Cadence::Regular(6).Describe(), "6 a year");
  EXPECT_EQ(Cadence::Regular(12.0 / 18).Describe(), "0.667 a year");
  EXPECT_EQ(Cadence::Regular(0.5).Describe(), "0.5 a year");
  EXPECT_EQ(Cadence::Regular(52.0 / 6).Describe(), "8.667 a year");
  EXPECT_EQ(Cadence::Regular(4).AddException("South Glos", 3).Describe(),
            "4 a year (3 in South Glos)");
  EXPECT_EQ(Cadence::Regular(4).AddException("South Glos", 3).AddException("Bristol", 6).Describe(),
            "4 a year (3 in South Glos, 6 in Bristol)");
  EXPECT_EQ(Cadence::Varies(4).Describe(), "varies (typically 4 a year)");
  EXPECT_EQ(Cadence::Varies(std::nullopt).Describe(), "varies");
  EXPECT_EQ(Cadence::Varies(std::nullopt, "Varies in each LA area").Describe(), "varies");
  EXPECT_EQ(Cadence::AdHoc().Describe(), "ad hoc");
  EXPECT_EQ(Cadence::AdHoc("as required").Describe(), "ad hoc");
  EXPECT_EQ(Cadence::Unknown().Describe(), "unknown");
  EXPECT_EQ(Cadence().Describe(), "unknown");
  EXPECT_EQ(Cadence::Unknown("TBC after stakeholder engagement").Describe(),
            "unknown (TBC after stakeholder engagement)");
  EXPECT_EQ(Cadence::Regular(6, "Bi monthly").Describe(), "6 a year");
}

TEST(CadenceDescribeTest, ParsedSeeds) {
  EXPECT_EQ(MustParse("Bi monthly").Describe(), "6 a year");
  EXPECT_EQ(MustParse("Quarterly (except South Glos \xE2\x80\x93 three times a year)").Describe(),
            "4 a year (3 in South Glos)");
  EXPECT_EQ(MustParse("Varies in each LA area - Quarterly (except South Glos \xE2\x80\x93 three "
                      "times a year)")
                .Describe(),
            "varies (typically 4 a year; 3 in South Glos)");
  EXPECT_EQ(MustParse("Varies in each LA area").Describe(), "varies");
  EXPECT_EQ(MustParse("TBC after stakeholder engagement").Describe(),
            "unknown (TBC after stakeholder engagement)");
  EXPECT_EQ(MustParse("every 18 months").Describe(), "0.667 a year");
}

// --- Factories, PerYearIn, equality -------------------------------------------

TEST(CadenceTest, Factories) {
  Cadence regular = Cadence::Regular(6, "Bi monthly");
  EXPECT_EQ(regular.kind(), Kind::kRegular);
  EXPECT_EQ(regular.per_year(), 6.0);
  EXPECT_TRUE(regular.is_known());
  EXPECT_EQ(regular.text(), "Bi monthly");

  Cadence varies = Cadence::Varies(4, "v");
  EXPECT_EQ(varies.kind(), Kind::kVaries);
  EXPECT_EQ(varies.per_year(), 4.0);
  EXPECT_EQ(varies.text(), "v");

  Cadence ad_hoc = Cadence::AdHoc("as required");
  EXPECT_EQ(ad_hoc.kind(), Kind::kAdHoc);
  EXPECT_FALSE(ad_hoc.is_known());
  EXPECT_EQ(ad_hoc.text(), "as required");

  Cadence unknown = Cadence::Unknown("TBC");
  EXPECT_EQ(unknown.kind(), Kind::kUnknown);
  EXPECT_FALSE(unknown.is_known());
  EXPECT_EQ(unknown.text(), "TBC");

  Cadence unstated;
  EXPECT_EQ(unstated.kind(), Kind::kUnknown);
  EXPECT_FALSE(unstated.per_year().has_value());
  EXPECT_TRUE(unstated.text().empty());
  EXPECT_TRUE(unstated.note().empty());
  EXPECT_TRUE(unstated.exceptions().empty());
}

TEST(CadenceTest, PerYearInUsesResolvedExceptionHandles) {
  Cadence c = Cadence::Regular(4).AddException("South Glos", 3).AddException("Bristol", 6);
  // Unresolved exceptions match no area, not even an invalid handle.
  EXPECT_EQ(c.PerYearIn(Handle<Area>(7)), 4.0);
  EXPECT_EQ(c.PerYearIn(Handle<Area>()), 4.0);

  c.set_exception_area_handle(0, Handle<Area>(7));
  c.set_exception_area_handle(1, Handle<Area>(2));
  EXPECT_EQ(c.PerYearIn(Handle<Area>(7)), 3.0);
  EXPECT_EQ(c.PerYearIn(Handle<Area>(2)), 6.0);
  EXPECT_EQ(c.PerYearIn(Handle<Area>(8)), 4.0);
  EXPECT_EQ(c.PerYearIn(Handle<Area>()), 4.0);

  Cadence varies = Cadence::Varies(std::nullopt).AddException("South Glos", 3);
  varies.set_exception_area_handle(0, Handle<Area>(1));
  EXPECT_EQ(varies.PerYearIn(Handle<Area>(1)), 3.0);
  EXPECT_EQ(varies.PerYearIn(Handle<Area>(0)), std::nullopt);

  EXPECT_EQ(Cadence::Unknown().PerYearIn(Handle<Area>(0)), std::nullopt);
}

TEST(CadenceTest, Equality) {
  EXPECT_EQ(Cadence::Regular(6, "Bi monthly"), Cadence::Regular(6, "Bi monthly"));
  EXPECT_NE(Cadence::Regular(6, "Bi monthly"), Cadence::Regular(6));
  EXPECT_NE(Cadence::Regular(6), Cadence::Regular(4));
  EXPECT_NE(Cadence::Regular(4), Cadence::Varies(4));
  EXPECT_NE(Cadence::AdHoc(), Cadence::Unknown());
  EXPECT_EQ(Cadence::Unknown(), Cadence());
  EXPECT_NE(Cadence::Regular(6), Cadence::Regular(6).set_note("n"));
  EXPECT_NE(Cadence::Regular(4), Cadence::Regular(4).AddException("South Glos", 3));
  EXPECT_NE(Cadence::Regular(4).AddException("South Glos", 3),
            Cadence::Regular(4).AddException("South Glos", 2));
  EXPECT_NE(Cadence::Regular(4).AddException("South Glos", 3),
            Cadence::Regular(4).AddException("Bristol", 3));

  // The resolved handle is not part of an exception's value.
  Cadence resolved = Cadence::Regular(4).AddException("South Glos", 3);
  resolved.set_exception_area_handle(0, Handle<Area>(3));
  EXPECT_EQ(resolved, Cadence::Regular(4).AddException("South Glos", 3));

  // A parsed seed equals the same cadence built in code.
  Cadence built = Cadence::Regular(4, "Quarterly (except South Glos \xE2\x80\x93 three times a year)")
                      .AddException("South Glos", 3);
  EXPECT_EQ(MustParse("Quarterly (except South Glos \xE2\x80\x93 three times a year)"), built);
}

TEST(CadenceTest, SetTextAndNote) {
  Cadence c = Cadence::Regular(12);
  c.set_text("Monthly").set_note("checked");
  EXPECT_EQ(c.text(), "Monthly");
  EXPECT_EQ(c.note(), "checked");
}

// --- Kind names --------------------------------------------------------------

TEST(CadenceKindNameTest, NamesRoundTrip) {
  EXPECT_EQ(Name(Kind::kRegular), "regular");
  EXPECT_EQ(Name(Kind::kVaries), "varies");
  EXPECT_EQ(Name(Kind::kAdHoc), "ad_hoc");
  EXPECT_EQ(Name(Kind::kUnknown), "unknown");
  for (Kind kind : {Kind::kRegular, Kind::kVaries, Kind::kAdHoc, Kind::kUnknown}) {
    absl::StatusOr<Kind> parsed = ParseCadenceKind(std::string(Name(kind)));
    ASSERT_TRUE(parsed.ok()) << parsed.status();
    EXPECT_EQ(*parsed, kind);
  }
  EXPECT_EQ(ParseCadenceKind("Ad-Hoc").value_or(Kind::kUnknown), Kind::kAdHoc);
  EXPECT_EQ(ParseCadenceKind(" REGULAR ").value_or(Kind::kUnknown), Kind::kRegular);
}

TEST(CadenceKindNameTest, UnknownNameIsAnError) {
  absl::StatusOr<Kind> parsed = ParseCadenceKind("sometimes");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(parsed.status().message().find("sometimes"), absl::string_view::npos);
  EXPECT_FALSE(ParseCadenceKind("").ok());
}

}  // namespace
}  // namespace govgraph
