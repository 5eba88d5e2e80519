// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// The register JSON reader (govgraph/io/json.h) for one meeting or
// organisation at a time: edits that add an entity written in the register
// format (a change set's "add", an organisation change's new organisation)
// read and check it as loading a register would, with the problems named
// from where the entity is written, at a cost that depends on the entity
// alone:
//
//   changes[3].meeting.participants[0].organisation: unknown organisation "x" (meeting "new")
#ifndef GOVGRAPH_SRC_IO_JSON_READER_H_
#define GOVGRAPH_SRC_IO_JSON_READER_H_

#include <string>

#include <nlohmann/json.hpp>

#include "absl/status/status.h"
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

}  // namespace govgraph::internal

#endif  // GOVGRAPH_SRC_IO_JSON_READER_H_
