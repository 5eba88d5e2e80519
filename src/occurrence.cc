// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/occurrence.h"

#include <string_view>

namespace govgraph {

std::string_view Name(OccurrenceSource source) {
  switch (source) {
    case OccurrenceSource::kPlanned:
      return "planned";
    case OccurrenceSource::kRule:
      return "rule";
    case OccurrenceSource::kCadence:
      return "cadence";
  }
  return "cadence";
}

}  // namespace govgraph
