// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// govgraph.h: the whole public API in one include (every header under
/// include/govgraph/ and the generated version.h;
/// tests/python/test_architecture.py checks none is left out, and
/// tests/cpp/umbrella_header.cc that this header compiles on its own).
/// docs/architecture.md maps the layers they belong to.
#ifndef GOVGRAPH_GOVGRAPH_H_
#define GOVGRAPH_GOVGRAPH_H_

#include "govgraph/analysis/action_plan.h"
#include "govgraph/analysis/burden.h"
#include "govgraph/analysis/engagement_plan.h"
#include "govgraph/analysis/influence.h"
#include "govgraph/analysis/panel_composition.h"
#include "govgraph/analysis/pillar_leads.h"
#include "govgraph/analysis/portfolio.h"
#include "govgraph/analysis/rationalisation.h"
#include "govgraph/analysis/reporting_lines.h"
#include "govgraph/analysis/role_clarity.h"
#include "govgraph/analysis/skills_audit.h"
#include "govgraph/analysis/what_if.h"
#include "govgraph/cadence.h"
#include "govgraph/calendar/bank_holidays.h"
#include "govgraph/calendar/cycle_check.h"
#include "govgraph/calendar/cycle_plan.h"
#include "govgraph/calendar/forward_plan.h"
#include "govgraph/calendar/ical.h"
#include "govgraph/calendar/schedule.h"
#include "govgraph/diagnostic.h"
#include "govgraph/enum_values.h"
#include "govgraph/handle.h"
#include "govgraph/import/aliases.h"
#include "govgraph/import/entity_resolution.h"
#include "govgraph/import/lead.h"
#include "govgraph/import/moderngov.h"
#include "govgraph/import/participants.h"
#include "govgraph/import/resolver.h"
#include "govgraph/import/table_import.h"
#include "govgraph/import/topic_glossary.h"
#include "govgraph/io/csv.h"
#include "govgraph/io/graph_export.h"
#include "govgraph/io/input_limits.h"
#include "govgraph/io/json.h"
#include "govgraph/io/popolo.h"
#include "govgraph/merge.h"
#include "govgraph/model.h"
#include "govgraph/names.h"
#include "govgraph/occurrence.h"
#include "govgraph/ocd.h"
#include "govgraph/org_change.h"
#include "govgraph/overlap/clusters.h"
#include "govgraph/overlap/containment.h"
#include "govgraph/overlap/overlap.h"
#include "govgraph/overlap/review.h"
#include "govgraph/overlap/text.h"
#include "govgraph/partnership_graph.h"
#include "govgraph/progress.h"
#include "govgraph/register.h"
#include "govgraph/register_builder.h"
#include "govgraph/status_macros.h"
#include "govgraph/summary.h"
#include "govgraph/version.h"

#endif  // GOVGRAPH_GOVGRAPH_H_
