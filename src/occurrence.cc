// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/occurrence.h"

#include <string_view>
#include "internal/enum_names.h"

namespace govgraph {

namespace internal {
template <>
struct EnumNames<OccurrenceSource> {
  static constexpr std::string_view kWhat = "occurrence source";
  static constexpr std::pair<OccurrenceSource, std::string_view> kTable[] = {
      {OccurrenceSource::kPlanned, "planned"},
      {OccurrenceSource::kRule, "rule"},
      {OccurrenceSource::kCadence, "cadence"},
  };
};
}  // namespace internal

std::string_view Name(OccurrenceSource source) { return internal::NameOf(source, "cadence"); }

GOVGRAPH_ENUM_VALUES(OccurrenceSource);

}  // namespace govgraph
