// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// govgraph.h: the whole public API in one include.
#ifndef GOVGRAPH_GOVGRAPH_H_
#define GOVGRAPH_GOVGRAPH_H_

#include "govgraph/cadence.h"
#include "govgraph/calendar/bank_holidays.h"
#include "govgraph/calendar/cycle_check.h"
#include "govgraph/calendar/cycle_plan.h"
#include "govgraph/calendar/ical.h"
#include "govgraph/calendar/schedule.h"
#include "govgraph/handle.h"
#include "govgraph/import/aliases.h"
#include "govgraph/import/lead.h"
#include "govgraph/import/participants.h"
#include "govgraph/import/resolver.h"
#include "govgraph/import/table_import.h"
#include "govgraph/io/csv.h"
#include "govgraph/io/graph_export.h"
#include "govgraph/io/input_limits.h"
#include "govgraph/io/json.h"
#include "govgraph/model.h"
#include "govgraph/names.h"
#include "govgraph/partnership_graph.h"
#include "govgraph/register.h"
#include "govgraph/register_builder.h"
#include "govgraph/status_macros.h"
#include "govgraph/summary.h"
#include "govgraph/version.h"

#endif  // GOVGRAPH_GOVGRAPH_H_
