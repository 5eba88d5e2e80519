// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// io/json.h: read and write a whole register as JSON.
///
/// The format is documented in docs/json-schema.md (machine-readable schema:
/// docs/register.schema.json). Reading is strict and every error names its
/// place: "meetings[3].participants[2].organisation: unknown organisation
/// \"hmcts\" (meeting \"lcjb\")". Writing gives the canonical form, and
/// load -> save -> load gives an identical Register.
///
/// ```
///   absl::StatusOr<Register> reg = LoadRegisterJsonFile("register.json");
///   if (!reg.ok()) return reg.status();
///   absl::Status saved = SaveRegisterJsonFile(*reg, "copy.json");
/// ```
#ifndef GOVGRAPH_IO_JSON_H_
#define GOVGRAPH_IO_JSON_H_

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "govgraph/progress.h"
#include "govgraph/register.h"

namespace govgraph {

/// The schema version this library reads and writes.
inline constexpr int kRegisterSchemaVersion = 1;

/// The widest indent the JSON writers take (RegisterToJson(), RegisterToPopolo()).
inline constexpr int kMaxJsonIndent = 16;

struct JsonWriteOptions {
  /// Spaces per level, 0 to kMaxJsonIndent; -1 writes one compact line.
  int indent = 2;
};

/// Checks the indent (-1 to kMaxJsonIndent); InvalidArgumentError names the
/// option and the range. RegisterToJson() and SaveRegisterJsonFile() check it.
absl::Status ValidateJsonWriteOptions(const JsonWriteOptions& options);

struct JsonReadOptions {
  /// Told how far loading has gone: stage "reading", in bytes of the text as
  /// its entities are read, then "building" (the references checked and
  /// the register made). A national register takes seconds. Empty: nothing
  /// is told.
  ProgressCallback progress;
};

/// Parses a register from JSON text. Errors are InvalidArgumentError with the
/// JSON path of each problem (or the line and column of a syntax error).
absl::StatusOr<Register> ParseRegisterJson(absl::string_view text, const JsonReadOptions& options = {});

/// Reads and parses a file; error messages start with the file's path. A file
/// that cannot be read gives NotFoundError or the reason from the system.
absl::StatusOr<Register> LoadRegisterJsonFile(const std::string& path, const JsonReadOptions& options = {});

/// The register as JSON text (UTF-8). Fails if the options are out of range
/// (ValidateJsonWriteOptions()) or the register holds text that is not valid
/// UTF-8.
absl::StatusOr<std::string> RegisterToJson(const Register& reg, const JsonWriteOptions& options = {});

/// Writes RegisterToJson() to a file, replacing it atomically (a failed write
/// leaves the old file whole; see docs/reliability.md).
absl::Status SaveRegisterJsonFile(const Register& reg, const std::string& path,
                                  const JsonWriteOptions& options = {});

}  // namespace govgraph

#endif  // GOVGRAPH_IO_JSON_H_
