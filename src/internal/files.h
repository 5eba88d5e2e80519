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

// The file's bytes, or NotFoundError / PermissionDeniedError / UnknownError
// with the path and the system's reason, or ResourceExhaustedError past the
// max_bytes input limit (io/input_limits.h), which also bounds what reading a
// device such as /dev/zero can cost. The string's capacity leaves `spare`
// bytes after the text when the file's size is known (a parser that reads
// past the end in wide steps then reads the text where it is).
absl::StatusOr<std::string> ReadFileToString(const std::string& path, size_t spare = 0);

// Replaces the file's contents atomically: the text goes to a temporary file
// in the same folder, is flushed to disk and renamed over `path`, so a
// failed or interrupted write leaves the old file whole (and no temporary
// behind). A path that is not a regular file (/dev/stdout, a pipe) is
// written directly.
absl::Status WriteStringToFile(const std::string& path, absl::string_view contents);

// OK, or ResourceExhaustedError "larger than the 2048 MiB an input may be
// (limit max_bytes)" for a text past the max_bytes input limit: the check
// every parser of text makes (a file is checked as it is read).
absl::Status CheckInputSize(absl::string_view text);

// "2048 MiB" for whole mebibytes, else "1500 bytes": sizes in messages.
std::string ByteCount(size_t bytes);

// Prefixes a status message with a place ("register.json: ..."), keeping its code.
absl::Status Annotate(const absl::Status& status, absl::string_view place);

// What `parse` (text to an absl::StatusOr) makes of the file at `path`: the
// one way the Load...File functions read, so that every error of the text is
// named by the file ("plan.json: meetings[2]: ...") and every error of
// reading is the file's own.
template <class Parse>
auto LoadFile(const std::string& path, Parse parse) -> decltype(parse(std::string())) {
  absl::StatusOr<std::string> text = ReadFileToString(path);
  if (!text.ok()) return text.status();
  auto parsed = parse(*text);
  if (!parsed.ok()) return Annotate(parsed.status(), path);
  return parsed;
}

}  // namespace govgraph::internal

#endif  // GOVGRAPH_SRC_INTERNAL_FILES_H_
