// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the CSV reader (io/csv.h): ParseCsv with each delimiter and a small
// field limit, and CheckUtf8. Any input must give a table or an error.
#include <cstddef>
#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "fuzz_util.h"
#include "govgraph/io/csv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const absl::string_view text(reinterpret_cast<const char*>(data), size);
  const absl::Status utf8 = govgraph::CheckUtf8(text);
  for (char delimiter : {',', ';', '\t'}) {
    govgraph::CsvOptions options;
    options.delimiter = delimiter;
    absl::StatusOr<govgraph::CsvTable> table = govgraph::ParseCsv(text, options);
    if (!table.ok()) continue;
    // Whatever parses is UTF-8 (less the byte-order mark).
    GOVGRAPH_FUZZ_CHECK(utf8.ok() || table->had_bom);
    size_t bytes = 0;
    for (const govgraph::CsvRecord& r : table->records) {
      GOVGRAPH_FUZZ_CHECK(r.line >= 1);
      GOVGRAPH_FUZZ_CHECK(!r.fields.empty());
      for (const std::string& f : r.fields) bytes += f.size();
    }
    // Fields never hold more than the text.
    GOVGRAPH_FUZZ_CHECK(bytes <= size);
  }
  govgraph::CsvOptions small;
  small.max_field_bytes = 16;
  (void)govgraph::ParseCsv(text, small);
  return 0;
}
