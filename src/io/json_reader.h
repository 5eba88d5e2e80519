// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// The register JSON reader and writer (govgraph/io/json.h) on values rather
// than text, for other formats that read or write through the register form,
// and the reader for one meeting or organisation at a time: edits that add an entity written in the register
// format (a change set's "add", an organisation change's new organisation)
// read and check it as loading a register would, with the problems named
// from where the entity is written, at a cost that depends on the entity
// alone:
//
//   changes[3].meeting.participants[0].organisation: unknown organisation "x" (meeting "new")
#ifndef GOVGRAPH_SRC_IO_JSON_READER_H_
#define GOVGRAPH_SRC_IO_JSON_READER_H_

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "govgraph/register_builder.h"
#include "internal/entity_check.h"

namespace govgraph::internal {

// Reads `value`, one element of a register's "meetings", checks it as
// RegisterBuilder::Build() checks each meeting against `context`, and adds it
// to `builder`. Otherwise InvalidArgumentError lists the problems, their paths
// starting at `path` ("changes[3].meeting") where a register's start at
// "meetings[N]": problems of shape first, and references only once the shape
// is right, as loading a register reports them. Nothing is added on error.
absl::Status ReadMeetingJson(const nlohmann::json& value, const std::string& path, const EditContext& context,
                             RegisterBuilder& builder);

// The same for one element of a register's "organisations".
absl::Status ReadOrganisationJson(const nlohmann::json& value, const std::string& path,
                                  const EditContext& context, RegisterBuilder& builder);

// Reads a register given as a value rather than as text: its "info",
// "defaults" and entity arrays ("schema_version" is not looked for) into
// `builder`, appending the problems of shape to `problems` at their paths in
// `root` ("meetings[3].kind"), as ParseRegisterJson() reports them. For
// readers of other formats (Popolo) that make the register form from their
// own and place each problem back in that format.
void ReadRegisterSections(const nlohmann::json& root, RegisterBuilder& builder, std::vector<Diagnostic>& problems);

// ParseRegisterJson() as it was before simdjson: the strict parser
// (internal/json_text.h) to an nlohmann::json tree, then the reader. What
// ParseRegisterJson() gives for any text, and the tests and the fuzz target
// hold it to that.
absl::StatusOr<Register> ParseRegisterJsonStrict(absl::string_view text);

// The register in the JSON form RegisterToJson() writes, as a value: for
// writers of other formats (Popolo) that re-shape it.
nlohmann::ordered_json RegisterToJsonValue(const Register& reg);

}  // namespace govgraph::internal

#endif  // GOVGRAPH_SRC_IO_JSON_READER_H_
