// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// AllValues<E>() and ParseEnum<E>() (govgraph/enum_values.h): every public
// enumeration lists and reads its JSON names from its one name table.

#include "govgraph/enum_values.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "govgraph/analysis/rationalisation.h"
#include "govgraph/cadence.h"
#include "govgraph/model.h"
#include "govgraph/overlap/review.h"
#include "govgraph/partnership_graph.h"

namespace govgraph {
namespace {

// Every value's name parses back to the value, for an enumeration of type E.
template <class E>
void ExpectRoundTrip() {
  const std::vector<E> values = AllValues<E>();
  ASSERT_FALSE(values.empty());
  for (E v : values) {
    absl::StatusOr<E> parsed = ParseEnum<E>(std::string(Name(v)));
    ASSERT_TRUE(parsed.ok()) << parsed.status();
    EXPECT_EQ(*parsed, v);
  }
}

TEST(EnumValuesTest, EveryNameReadsBack) {
  ExpectRoundTrip<MeetingKind>();
  ExpectRoundTrip<RationalisationCost>();
  ExpectRoundTrip<FindingKind>();
  ExpectRoundTrip<VertexKind>();
  ExpectRoundTrip<Cadence::Kind>();
}

TEST(EnumValuesTest, ValuesInDeclarationOrder) {
  EXPECT_EQ(AllValues<RationalisationCost>(),
            (std::vector<RationalisationCost>{RationalisationCost::kMeetings, RationalisationCost::kMeetingHours,
                                              RationalisationCost::kSeatHours}));
  EXPECT_EQ(AllValues<FindingKind>().size(), 4u);
}

TEST(EnumValuesTest, UnknownNameListsTheNames) {
  EXPECT_EQ(ParseEnum<RationalisationCost>("hours").status().message(),
            "unknown rationalisation cost \"hours\"; expected one of: meetings, meeting_hours, seat_hours");
  EXPECT_EQ(ParseEnum<FindingKind>("twin").status().message(),
            "unknown finding kind \"twin\"; expected one of: duplicate, consumed, same_function, parent_subgroup");
}

TEST(EnumValuesTest, CadenceKindReadsLoosely) {
  EXPECT_EQ(Name(Cadence::Kind::kAdHoc), "ad_hoc");
  EXPECT_EQ(*ParseCadenceKind("Ad hoc"), Cadence::Kind::kAdHoc);
}

}  // namespace
}  // namespace govgraph
