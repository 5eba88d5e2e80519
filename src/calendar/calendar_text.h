// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// calendar_text.h: small text helpers the calendar sources share.
#ifndef GOVGRAPH_SRC_CALENDAR_CALENDAR_TEXT_H_
#define GOVGRAPH_SRC_CALENDAR_CALENDAR_TEXT_H_

#include <optional>
#include <string>

#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"

namespace govgraph::internal {

// "2018-02-01" strictly (no normalisation of 2018-02-30); empty otherwise.
std::optional<absl::CivilDay> ParseIsoDay(absl::string_view text);

// A publication's id, name or alias as rules write it: lower case, hyphens
// and underscores as spaces, without a leading "the" or a trailing
// "publication" / "published".
std::string NormalisePublicationName(absl::string_view name);

// "2018-02-01".
std::string FormatDay(absl::CivilDay d);

}  // namespace govgraph::internal

#endif  // GOVGRAPH_SRC_CALENDAR_CALENDAR_TEXT_H_
