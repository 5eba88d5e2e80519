// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// html_text.h: plain text from the text councils publish (internal).
//
// Web services such as ModernGov write titles with HTML character references,
// sometimes escaped twice ("Audit &amp;amp; Risk"), and agenda text as HTML
// escaped once by the XML around it. A register wants plain text:
//
//   PlainText("Audit &amp;amp; Risk")        -> "Audit & Risk"
//   HtmlToText("&lt;p&gt;One&lt;/p&gt;Two")  -> "One\nTwo"
#ifndef GOVGRAPH_SRC_IMPORT_HTML_TEXT_H_
#define GOVGRAPH_SRC_IMPORT_HTML_TEXT_H_

#include <string>

#include "absl/strings/string_view.h"

namespace govgraph::import_internal {

// Character references decoded (as often as they were escaped, up to three
// times), runs of white space and no-break spaces as one space, trimmed.
std::string PlainText(absl::string_view s);

// HTML, escaped once, to plain text: tags removed, the ends of blocks (<br>,
// </p>, </div>, </li>, </tr>, </hN>) as line breaks, each line as PlainText,
// blank lines dropped.
std::string HtmlToText(absl::string_view html);

}  // namespace govgraph::import_internal

#endif  // GOVGRAPH_SRC_IMPORT_HTML_TEXT_H_
