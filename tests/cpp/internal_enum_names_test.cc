// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// The enumerators' name tables (src/internal/enum_names.h), and the public
// names read from them.

#include "internal/enum_names.h"

#include <string_view>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "govgraph/analysis/rationalisation.h"
#include "govgraph/import/aliases.h"
#include "govgraph/merge.h"
#include "govgraph/model.h"

namespace govgraph {

enum class Shade { kLight, kDark };

namespace internal {
template <>
struct EnumNames<Shade> {
  static constexpr std::string_view kWhat = "shade";
  static constexpr std::pair<Shade, std::string_view> kTable[] = {{Shade::kLight, "light"}, {Shade::kDark, "dark"}};
};
}  // namespace internal

namespace {

TEST(EnumNamesTest, NamesParsesAndListsFromOneTable) {
  EXPECT_EQ(internal::NameOf(Shade::kDark), "dark");
  EXPECT_EQ(internal::NameOf(static_cast<Shade>(7)), "invalid");
  EXPECT_EQ(internal::NameOf(static_cast<Shade>(7), "light"), "light");
  EXPECT_EQ(*internal::ParseName<Shade>("light"), Shade::kLight);
  EXPECT_EQ(internal::ParseName<Shade>("grey").status().message(),
            "unknown shade \"grey\"; expected one of: light, dark");
  EXPECT_EQ(internal::EnumValues<Shade>(), (std::vector<Shade>{Shade::kLight, Shade::kDark}));
}

TEST(EnumNamesTest, PublicNamesAreTheTables) {
  EXPECT_EQ(Name(MeetingKind::kWorkingGroup), "working_group");
  EXPECT_EQ(Name(AliasTarget::kOrganisation), "organisation");
  EXPECT_EQ(Name(AliasTarget::kRole), "role");
  EXPECT_EQ(Name(MergeSide::kA), "a");
  EXPECT_EQ(Name(MergeSide::kB), "b");
  EXPECT_EQ(Name(RationalisationMethod::kGreedy), "greedy");
  EXPECT_EQ(Name(RationalisationCost::kSeatHours), "seat_hours");
  EXPECT_EQ(*ParseMeetingKind("board"), MeetingKind::kBoard);
}

}  // namespace
}  // namespace govgraph
