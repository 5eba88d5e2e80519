// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// analysis/portfolio.h: a collaboration portfolio, initiatives against
/// priorities.
///
/// Portfolio() maps the register's initiatives to its plan priorities and
/// reports:
///
/// ```
///   priorities with no initiative   an initiative serves a priority when it
///                                   lists it, or a topic under it
///   overlapping initiatives         pairs the overlap engine scores at or
///                                   above min_score (FindOverlaps with
///                                   include_initiatives; initiative pairs only)
///   gaps                            initiatives with no lead, no start date,
///                                   no end (delivery) date, or no priority
/// ```
///
/// The priorities are the topics in `priorities`; else those with a
/// "priority" attribute (a plan's numbered priorities), in the order of that
/// attribute; else every topic with no parent.
///
/// ```
///   absl::StatusOr<PortfolioResult> p = Portfolio(reg);
///   for (TopicHandle t : p->uncovered) ...
/// ```
#ifndef GOVGRAPH_ANALYSIS_PORTFOLIO_H_
#define GOVGRAPH_ANALYSIS_PORTFOLIO_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "govgraph/overlap/overlap.h"
#include "govgraph/register.h"

namespace govgraph {

struct PortfolioOptions {
  std::vector<std::string> priorities;  ///< topic ids; empty: see above
  double min_score = 0.35;              ///< for the overlap engine
  /// Leave completed and stopped initiatives out of the gaps and overlaps.
  bool only_active = false;
};

struct PriorityCoverage {
  TopicHandle topic;
  std::vector<InitiativeHandle> initiatives;  ///< register order
};

struct InitiativeOverlap {
  InitiativeHandle a;
  InitiativeHandle b;
  double score = 0;
  SignalScores signals;
  std::vector<std::string> shared;  ///< shared participants' names and terms
};

struct InitiativeGap {
  InitiativeHandle initiative;
  bool no_lead = false;
  bool no_start = false;
  bool no_end = false;
  bool no_priority = false;  ///< serves none of the priorities
  std::string detail;        ///< "no lead, no start date, no end date"
};

struct PortfolioResult {
  std::vector<PriorityCoverage> priorities;  ///< in priority order
  std::vector<TopicHandle> uncovered;        ///< priorities with no initiative
  std::vector<InitiativeOverlap> overlaps;   ///< highest score first
  std::vector<InitiativeGap> gaps;           ///< register order; initiatives with any gap
  int initiatives = 0;                       ///< considered
  int missing_lead() const;
  int missing_dates() const;  ///< no start or no end
};

/// InvalidArgumentError for unknown topic ids or a bad min_score.
absl::StatusOr<PortfolioResult> Portfolio(const Register& reg, const PortfolioOptions& options = {});

std::string FormatPortfolio(const Register& reg, const PortfolioResult& result);

}  // namespace govgraph

#endif  // GOVGRAPH_ANALYSIS_PORTFOLIO_H_
