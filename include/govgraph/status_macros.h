// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// status_macros.h: early-return helpers for absl::Status and absl::StatusOr.
///
/// The Abseil release in Debian 12 ships no ABSL_RETURN_IF_ERROR or
/// ABSL_ASSIGN_OR_RETURN, so govgraph carries its own two macros:
///
/// ```
///   GOVGRAPH_RETURN_IF_ERROR(ValidateOverlapOptions(options));
///   GOVGRAPH_ASSIGN_OR_RETURN(Register reg, LoadRegisterJsonFile(path));
/// ```
#ifndef GOVGRAPH_STATUS_MACROS_H_
#define GOVGRAPH_STATUS_MACROS_H_

#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define GOVGRAPH_RETURN_IF_ERROR(expr)              \
  do {                                              \
    ::absl::Status govgraph_status_ = (expr);       \
    if (!govgraph_status_.ok()) return govgraph_status_; \
  } while (false)

#define GOVGRAPH_STATUS_CONCAT_INNER_(a, b) a##b
#define GOVGRAPH_STATUS_CONCAT_(a, b) GOVGRAPH_STATUS_CONCAT_INNER_(a, b)

#define GOVGRAPH_ASSIGN_OR_RETURN(lhs, expr) \
  GOVGRAPH_ASSIGN_OR_RETURN_IMPL_(           \
      GOVGRAPH_STATUS_CONCAT_(govgraph_statusor_, __LINE__), lhs, expr)

#define GOVGRAPH_ASSIGN_OR_RETURN_IMPL_(statusor, lhs, expr) \
  auto statusor = (expr);                                    \
  if (!statusor.ok()) return std::move(statusor).status();   \
  lhs = std::move(statusor).value()

#endif  // GOVGRAPH_STATUS_MACROS_H_
