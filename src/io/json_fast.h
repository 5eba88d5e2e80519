// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// The fast way from register JSON text to a RegisterBuilder: simdjson's
// On-Demand API, each object's members read once in the text's order and
// told apart by their key, the strings copied straight from the text. It
// keeps no paths and writes no messages: on anything the strict reader
// (ParseRegisterJsonStrict) would refuse or report (a syntax error, a key
// given twice or unknown, a value of another type, a limit passed) it gives
// nothing, and the strict reader reads the text again and says what is wrong,
// with its line, column and JSON path.
#ifndef GOVGRAPH_SRC_IO_JSON_FAST_H_
#define GOVGRAPH_SRC_IO_JSON_FAST_H_

#include <optional>

#include "absl/strings/string_view.h"
#include "govgraph/progress.h"
#include "govgraph/register_builder.h"

namespace govgraph::internal {

// The builder the strict reader would fill from `text`, or nothing when it
// would report a problem of syntax or shape (and sometimes when it would
// not: an escaped surrogate pair, a key written with an escape). `padded`:
// `text` may be read simdjson::SIMDJSON_PADDING bytes past its end; otherwise
// it is copied. The parser's buffers are gone when this returns, before the
// register is built.
// `progress` is told of stage "reading", in bytes of `text`, as the
// entities are read (a read that gives nothing ends the stage all the same).
std::optional<RegisterBuilder> ReadRegisterJsonFast(absl::string_view text, bool padded,
                                                    const ProgressCallback& progress = {});

}  // namespace govgraph::internal

#endif  // GOVGRAPH_SRC_IO_JSON_FAST_H_
