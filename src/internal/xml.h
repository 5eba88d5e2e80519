// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// xml.h: a small read-only XML tree on top of expat, for importers.
//
// The whole document is read into XmlElement values. Documents that declare
// entities (the "billion laughs" expansion bomb), refer to external entities
// or an external DTD (XXE: "file:///etc/passwd") are refused before anything
// is expanded or fetched. Errors name the place:
//
//   meetings.xml:12:5: <getmeetings>/<committee>/<meetingdate>: mismatched tag
//
//   absl::StatusOr<XmlElement> root = ParseXml(text, "meetings.xml");
//   for (const XmlElement* c : root->Children("committee")) ...
#ifndef GOVGRAPH_SRC_INTERNAL_XML_H_
#define GOVGRAPH_SRC_INTERNAL_XML_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "govgraph/io/input_limits.h"

namespace govgraph::internal {

struct XmlElement {
  std::string name;
  std::vector<std::pair<std::string, std::string>> attributes;  // in document order
  std::string text;  // the character data directly inside, concatenated (UTF-8)
  std::vector<XmlElement> children;
  int line = 0;      // where the start tag begins (1-based)
  int column = 0;    // 1-based
  std::string path;  // "<getmeetings>/<committee>/<meetingid>"

  // The first child with this name, or null.
  const XmlElement* Child(absl::string_view child_name) const;
  std::vector<const XmlElement*> Children(absl::string_view child_name) const;
  // The named child's text with surrounding white space trimmed; "" when absent.
  std::string ChildText(absl::string_view child_name) const;
  // The attribute's value, or null.
  const std::string* Attribute(absl::string_view attribute_name) const;
};

// By default the process's input limits (io/input_limits.h).
struct XmlLimits {
  int max_depth = GetInputLimits().max_depth;  // deeper nesting is refused (no recursion bombs)
  size_t max_elements = GetInputLimits().max_rows;
};

// The root element. Errors (InvalidArgumentError) start with
// "SOURCE:LINE:COLUMN: <path>: " when `source` is given, else "LINE:COLUMN: ...".
absl::StatusOr<XmlElement> ParseXml(absl::string_view text, absl::string_view source = "",
                                    const XmlLimits& limits = {});

// The name of the root element, reading no further than its start tag; empty
// when the text does not start as XML (or declares entities).
std::string XmlRootName(absl::string_view text);

// "SOURCE:LINE:COLUMN: <path>" for an element (no trailing colon).
std::string XmlPlace(absl::string_view source, const XmlElement& element);

}  // namespace govgraph::internal

#endif  // GOVGRAPH_SRC_INTERNAL_XML_H_
