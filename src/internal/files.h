// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// files.h: whole-file reads and writes that report failures as absl::Status.
#ifndef GOVGRAPH_SRC_INTERNAL_FILES_H_
#define GOVGRAPH_SRC_INTERNAL_FILES_H_

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace govgraph::internal {

// Inputs larger than this are refused (a register of a million meetings is
// about 800 MB of JSON); it also bounds what reading a device such as
// /dev/zero can cost.
inline constexpr size_t kMaxInputBytes = size_t{2} << 30;

// The file's bytes, or NotFoundError / PermissionDeniedError / UnknownError
// with the path and the system's reason, or ResourceExhaustedError past
// `max_bytes`.
absl::StatusOr<std::string> ReadFileToString(const std::string& path, size_t max_bytes = kMaxInputBytes);

// Replaces the file's contents atomically: the text goes to a temporary file
// in the same folder, is flushed to disk and renamed over `path`, so a
// failed or interrupted write leaves the old file whole (and no temporary
// behind). A path that is not a regular file (/dev/stdout, a pipe) is
// written directly.
absl::Status WriteStringToFile(const std::string& path, absl::string_view contents);

// Prefixes a status message with a place ("register.json: ..."), keeping its code.
absl::Status Annotate(const absl::Status& status, absl::string_view place);

}  // namespace govgraph::internal

#endif  // GOVGRAPH_SRC_INTERNAL_FILES_H_
