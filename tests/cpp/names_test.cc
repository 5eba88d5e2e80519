// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/names.h"

#include <string>

#include "gtest/gtest.h"

namespace govgraph {
namespace {

// --- NormaliseName ----------------------------------------------------------

TEST(NormaliseNameTest, HeaderExample) {
  EXPECT_EQ(NormaliseName("Bath & North-East Somerset."), "bath and north east somerset");
}

TEST(NormaliseNameTest, LookalikesCompareTheSame) {
  // Pasted from a web page, a name can carry characters that show as nothing.
  EXPECT_EQ(NormaliseName("Police\u200B and Crime\u00AD Board\uFEFF"), "police and crime board");
  EXPECT_EQ(NormaliseName("Pol\u200Dice"), "police");
  // Fullwidth letters, digits and punctuation read as the ASCII they look like.
  EXPECT_EQ(NormaliseName("\uFF30\uFF4F\uFF4C\uFF49\uFF43\uFF45 \uFF22\uFF4F\uFF41\uFF52\uFF44 \uFF11"),
            "police board 1");
  EXPECT_EQ(NormaliseName("A\uFF06B"), "a and b");
  EXPECT_EQ(Slugify("Board\u200B"), Slugify("Board"));
  // Other text outside ASCII is kept.
  EXPECT_EQ(NormaliseName("Caf\u00E9 \uFF5F"), "caf\u00E9 \uFF5F");
}

TEST(NormaliseNameTest, EmptyAndSeparatorsOnly) {
  EXPECT_EQ(NormaliseName(""), "");
  EXPECT_EQ(NormaliseName("   "), "");
  EXPECT_EQ(NormaliseName(" -- ... !! "), "");
  EXPECT_EQ(NormaliseName("\u2013\u2014\u00A0"), "");
}

TEST(NormaliseNameTest, LowerCasesAsciiLetters) {
  EXPECT_EQ(NormaliseName("BATH AND NORTH EAST SOMERSET"), "bath and north east somerset");
  EXPECT_EQ(NormaliseName("OPCC"), "opcc");
  EXPECT_EQ(NormaliseName("MiXeD CaSe 42"), "mixed case 42");
}

TEST(NormaliseNameTest, DigitsAreKept) {
  EXPECT_EQ(NormaliseName("Section 136 Suite"), "section 136 suite");
  EXPECT_EQ(NormaliseName("A1B2"), "a1b2");
}

TEST(NormaliseNameTest, AmpersandReadsAsAnd) {
  EXPECT_EQ(NormaliseName("Bath & North East Somerset"), "bath and north east somerset");
  // With no spaces around it, "&" still becomes a separate word.
  EXPECT_EQ(NormaliseName("B&NES"), "b and nes");
  EXPECT_EQ(NormaliseName("Fire&Rescue"), "fire and rescue");
  EXPECT_EQ(NormaliseName("HM Courts & Tribunals Service"), "hm courts and tribunals service");
  // Spelled-out and symbol forms agree.
  EXPECT_EQ(NormaliseName("Courts & Tribunals"), NormaliseName("Courts and Tribunals"));
  // At the edges there is nothing to separate from.
  EXPECT_EQ(NormaliseName("& Co"), "and co");
  EXPECT_EQ(NormaliseName("Co &"), "co and");
}

TEST(NormaliseNameTest, AsciiPunctuationSeparates) {
  EXPECT_EQ(NormaliseName("North-East"), "north east");
  EXPECT_EQ(NormaliseName("Police/Crime"), "police crime");
  EXPECT_EQ(NormaliseName("Panel (Avon)"), "panel avon");
  EXPECT_EQ(NormaliseName("C/Supt. Wessell"), "c supt wessell");
  EXPECT_EQ(NormaliseName("a,b;c:d!e?f\"g"), "a b c d e f g");
  EXPECT_EQ(NormaliseName("\"Quoted\""), "quoted");
  EXPECT_EQ(NormaliseName("trailing full stop."), "trailing full stop");
  EXPECT_EQ(NormaliseName("..leading"), "leading");
}

TEST(NormaliseNameTest, WhitespaceRunsCollapseAndTrim) {
  EXPECT_EQ(NormaliseName("  Avon   and\tSomerset \n"), "avon and somerset");
  EXPECT_EQ(NormaliseName("a \t\r\n b"), "a b");
  EXPECT_EQ(NormaliseName("a - - b"), "a b");
  EXPECT_EQ(NormaliseName("a\u00A0\u00A0b"), "a b");  // no-break spaces
}

TEST(NormaliseNameTest, UnicodeDashesSeparate) {
  EXPECT_EQ(NormaliseName("Varies \u2013 Quarterly"), "varies quarterly");  // en dash
  EXPECT_EQ(NormaliseName("North\u2014East"), "north east");                // em dash
  EXPECT_EQ(NormaliseName("North\u2010East"), "north east");                // hyphen
  EXPECT_EQ(NormaliseName("North\u2011East"), "north east");                // non-breaking hyphen
  EXPECT_EQ(NormaliseName("North\u2012East"), "north east");                // figure dash
  EXPECT_EQ(NormaliseName("North\u2015East"), "north east");                // horizontal bar
  // Dashes of any kind give the same name.
  EXPECT_EQ(NormaliseName("Bath and North\u2013East Somerset"),
            NormaliseName("Bath and North-East Somerset"));
}

TEST(NormaliseNameTest, CurlyQuotesSeparate) {
  EXPECT_EQ(NormaliseName("\u201CExternal Governance\u201D"), "external governance");
  EXPECT_EQ(NormaliseName("\u2018Local\u2019 Meetings"), "local meetings");
  EXPECT_EQ(NormaliseName("the\u201Cquoted\u201Dword"), "the quoted word");
  EXPECT_EQ(NormaliseName("\u201CExternal Governance\u201D"), NormaliseName("\"External Governance\""));
}

TEST(NormaliseNameTest, EllipsisAndBulletSeparate) {
  EXPECT_EQ(NormaliseName("Chairs\u2026Managers"), "chairs managers");
  EXPECT_EQ(NormaliseName("\u2022 Item"), "item");
}

TEST(NormaliseNameTest, ApostrophesJoin) {
  EXPECT_EQ(NormaliseName("Children's Services"), "childrens services");
  EXPECT_EQ(NormaliseName("Director of Children's and Adults' Services"),
            "director of childrens and adults services");
  EXPECT_EQ(NormaliseName("O'Brien"), "obrien");
}

TEST(NormaliseNameTest, TypographicApostropheJoinsLikeAscii) {
  // Word turns "Children's" into "Children’s" (U+2019). Both spellings must
  // name the same body.
  EXPECT_EQ(NormaliseName("Children\u2019s Services"), "childrens services");
  EXPECT_EQ(NormaliseName("Director of Children\u2019s Services"),
            NormaliseName("Director of Children's Services"));
  EXPECT_EQ(NormaliseName("O\u2019Brien"), "obrien");
  // As a closing quote it still ends the word.
  EXPECT_EQ(NormaliseName("\u2018Local\u2019 Meetings"), "local meetings");
  EXPECT_EQ(NormaliseName("\u2018Local\u2019"), "local");
}

TEST(NormaliseNameTest, InitialismsWithFullStopsJoin) {
  EXPECT_EQ(NormaliseName("O.P.C.C."), "opcc");
  EXPECT_EQ(NormaliseName("O.P.C.C."), NormaliseName("OPCC"));
  EXPECT_EQ(NormaliseName("the L.C.J.B. meeting"), "the lcjb meeting");
  // A full stop after a longer word still separates.
  EXPECT_EQ(NormaliseName("C/Supt. Wessell"), "c supt wessell");
  EXPECT_EQ(NormaliseName("St.Paul"), "st paul");
  // An initial followed by a space stays a word of its own.
  EXPECT_EQ(NormaliseName("J. Smith"), "j smith");
}

TEST(NormaliseNameTest, NonAsciiLettersAreKept) {
  EXPECT_EQ(NormaliseName("Ynys M\u00F4n"), "ynys m\u00F4n");
  EXPECT_EQ(NormaliseName("Caf\u00E9 Society"), "caf\u00E9 society");
  // Only ASCII letters are lower-cased; other UTF-8 is kept byte for byte.
  EXPECT_EQ(NormaliseName("\u00C9COLE"), "\u00C9cole");
  EXPECT_EQ(NormaliseName("\u041C\u043E\u0441\u043A\u0432\u0430"), "\u041C\u043E\u0441\u043A\u0432\u0430");
  EXPECT_EQ(NormaliseName("\u6771\u4EAC  \u00E9"), "\u6771\u4EAC \u00E9");
  EXPECT_EQ(NormaliseName("\U0001F600 face"), "\U0001F600 face");
}

TEST(NormaliseNameTest, PlusReadsAsAnd) {
  EXPECT_EQ(NormaliseName("OPCC + Constabulary"), "opcc and constabulary");
}

TEST(NormaliseNameTest, Idempotent) {
  for (const char* s : {"Bath & North-East Somerset.", "  \u201CA\u201D \u2013 b  ", "Children's",
                        "Ynys M\u00F4n", "B&NES"}) {
    const std::string once = NormaliseName(s);
    EXPECT_EQ(NormaliseName(once), once) << s;
  }
}

TEST(NormaliseNameTest, SpellingsOfTheSameBodyAgree) {
  const std::string expected = "bath and north east somerset";
  for (const char* s : {"Bath & North East Somerset", "Bath and North-East Somerset",
                        "BATH AND NORTH EAST SOMERSET.", "bath  &  north\u2013east   somerset",
                        " Bath and North East Somerset "}) {
    EXPECT_EQ(NormaliseName(s), expected) << s;
  }
}

// --- Slugify ----------------------------------------------------------------

TEST(SlugifyTest, HeaderExample) { EXPECT_EQ(Slugify("Avon & Somerset LCJB"), "avon-and-somerset-lcjb"); }

TEST(SlugifyTest, Basics) {
  EXPECT_EQ(Slugify(""), "");
  EXPECT_EQ(Slugify("Office of the PCC"), "office-of-the-pcc");
  EXPECT_EQ(Slugify("Bath & North-East Somerset."), "bath-and-north-east-somerset");
  EXPECT_EQ(Slugify("  Avon   and\tSomerset  "), "avon-and-somerset");
  EXPECT_EQ(Slugify("Section 136"), "section-136");
}

TEST(SlugifyTest, PunctuationAndDashesBecomeSingleHyphens) {
  EXPECT_EQ(Slugify("C/Supt. Geoff Wessell"), "c-supt-geoff-wessell");
  EXPECT_EQ(Slugify("a -- b"), "a-b");
  EXPECT_EQ(Slugify("Varies \u2013 Quarterly"), "varies-quarterly");
  EXPECT_EQ(Slugify("\u201CLocal Meetings\u201D"), "local-meetings");
  EXPECT_EQ(Slugify("---edge---"), "edge");
  EXPECT_EQ(Slugify("!!!"), "");
}

TEST(SlugifyTest, ApostrophesJoin) {
  EXPECT_EQ(Slugify("Children's Services"), "childrens-services");
  EXPECT_EQ(Slugify("Children\u2019s Services"), "childrens-services");
}

TEST(SlugifyTest, OnlyAsciiLettersDigitsAndHyphensAreKept) {
  EXPECT_EQ(Slugify("Ynys M\u00F4n"), "ynys-mn");
  EXPECT_EQ(Slugify("Caf\u00E9 Society"), "caf-society");
  EXPECT_EQ(Slugify("a \u00E9 b"), "a-b");  // no double hyphen where a word vanished
  EXPECT_EQ(Slugify("\u00E9 a"), "a");       // no leading hyphen either
  EXPECT_EQ(Slugify("a \u00E9"), "a");       // nor trailing
  EXPECT_EQ(Slugify("\u041C\u043E\u0441\u043A\u0432\u0430"), "");
  for (const char* s : {"Ynys M\u00F4n \u2013 \u201CA&B\u201D", "x\u00A0y", "\U0001F600 1"}) {
    for (char c : Slugify(s)) {
      EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') << s;
    }
  }
}

TEST(FunctionKeyTest, NameWithoutItsPlacesAndBrackets) {
  auto craven_or_selby = [](absl::string_view w) { return w == "craven" || w == "selby"; };
  EXPECT_EQ(FunctionKey("Craven CSP (CCSP)", craven_or_selby), "community safety partnership");
  EXPECT_EQ(FunctionKey("Selby Community Safety Partnership", craven_or_selby), "community safety partnership");
  EXPECT_EQ(FunctionKey("Harrogate CSP", craven_or_selby), "harrogate community safety partnership");
  EXPECT_EQ(FunctionKey("Craven", craven_or_selby), "");
}

}  // namespace
}  // namespace govgraph
