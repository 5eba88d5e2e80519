// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "internal/json_text.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "govgraph/io/input_limits.h"
#include "internal/files.h"
#include "internal/utf8.h"

namespace govgraph::internal {
namespace {

// Builds the document from nlohmann's SAX events, as its own DOM parser
// does, and refuses duplicate keys and deep nesting as it goes. It keeps the
// path to the value being read, for the messages.
template <class Json>
class StrictBuilder {
 public:
  using string_t = typename Json::string_t;

  StrictBuilder(Json& root, const InputLimits& limits) : root_(root), limits_(limits) {}

  bool null() { return Place(nullptr) != nullptr; }
  bool boolean(bool v) { return Place(v) != nullptr; }
  bool number_integer(typename Json::number_integer_t v) { return Place(v) != nullptr; }
  bool number_unsigned(typename Json::number_unsigned_t v) { return Place(v) != nullptr; }
  bool number_float(typename Json::number_float_t v, const string_t& /*text*/) { return Place(v) != nullptr; }
  bool string(string_t& v) { return Place(std::move(v)) != nullptr; }
  bool binary(typename Json::binary_t& v) { return Place(Json::binary(std::move(v))) != nullptr; }

  bool start_object(std::size_t /*size*/) { return Open(Json::object()); }
  bool start_array(std::size_t /*size*/) { return Open(Json::array()); }
  bool end_object() { return Close(); }
  bool end_array() { return Close(); }

  bool key(string_t& k) {
    Json& object = *open_.back();
    if (object.contains(k)) {
      message_ = absl::StrCat(Prefix(ContainerPath()), "duplicate key \"", k,
                              "\" (a key may appear once in an object; the second would silently replace the first)");
      return false;
    }
    keys_.back() = k;
    element_ = &object[k];
    return true;
  }

  template <class Exception>
  bool parse_error(std::size_t position, const std::string& last_token, const Exception& e) {
    std::string what = StripJsonExceptionPrefix(e.what());
    // nlohmann's "parse error at line 3, column 14: " gives way to ours, with the path.
    if (absl::StartsWith(what, "parse error")) {
      const size_t colon = what.find(": ");
      if (colon != std::string::npos) what.erase(0, colon + 2);
    }
    // A syntax error belongs to the object or array it breaks; a number too
    // large for a double to the value itself.
    const bool value_error = absl::StrContains(what, "number overflow");
    const std::string path = value_error ? ValuePath() : ContainerPath();
    // A value's place is where it starts; a syntax error's, where reading stopped.
    if (value_error && last_token.size() < position) position -= last_token.size() - 1;
    message_ = absl::StrCat(LineAndColumn(position), path.empty() ? "" : absl::StrCat(" (", path, ")"), ": ", what);
    return false;
  }

  void set_text(absl::string_view text) { text_ = text; }
  const std::string& message() const { return message_; }
  // Whether the parse stopped at a size limit rather than at an error in the text.
  bool too_large() const { return too_large_; }

 private:
  // Puts a value where the parse stands: the root, the next element of an
  // array, or the value of the key just read.
  template <class V>
  Json* Place(V&& v) {
    if (open_.empty()) {
      root_ = Json(std::forward<V>(v));
      return &root_;
    }
    Json& parent = *open_.back();
    if (parent.is_array()) {
      if (parent.size() >= limits_.max_rows) {
        message_ = absl::StrCat(Prefix(ContainerPath()), "more than ", limits_.max_rows,
                                " entries in one list (limit max_rows)");
        too_large_ = true;
        return nullptr;
      }
      parent.push_back(Json(std::forward<V>(v)));
      return &parent.back();
    }
    *element_ = Json(std::forward<V>(v));
    return element_;
  }

  bool Open(Json&& empty) {
    if (static_cast<int>(open_.size()) >= limits_.max_depth) {
      // The path to so deep a place is long: its first steps say where it starts.
      std::string path = ContainerPath();
      if (path.size() > 80) path = absl::StrCat(path.substr(0, path.find_last_of(".[", 60)), "...");
      message_ = absl::StrCat(Prefix(path), "nested more than ", limits_.max_depth,
                              " levels deep (limit max_depth; no document this library reads nests so deep)");
      return false;
    }
    Json* placed = Place(std::move(empty));
    if (placed == nullptr) return false;
    open_.push_back(placed);
    keys_.emplace_back();
    return true;
  }

  bool Close() {
    open_.pop_back();
    keys_.pop_back();
    return true;
  }

  // The path through the first `levels` open containers to the value inside the last.
  std::string PathThrough(size_t levels) const {
    std::string path;
    for (size_t i = 0; i < levels; ++i) {
      const Json& c = *open_[i];
      if (c.is_array()) {
        absl::StrAppend(&path, "[", c.empty() ? 0 : c.size() - 1, "]");
      } else {
        absl::StrAppend(&path, path.empty() ? "" : ".", keys_[i]);
      }
    }
    return path;
  }
  std::string ContainerPath() const { return PathThrough(open_.empty() ? 0 : open_.size() - 1); }
  std::string ValuePath() const { return PathThrough(open_.size()); }

  static std::string Prefix(const std::string& path) { return path.empty() ? "" : path + ": "; }

  std::string LineAndColumn(size_t position) const {
    const absl::string_view read = text_.substr(0, std::min(position, text_.size()));
    const size_t line = 1 + static_cast<size_t>(std::count(read.begin(), read.end(), '\n'));
    const size_t line_start = read.rfind('\n');
    const size_t column = line_start == absl::string_view::npos ? read.size() : read.size() - line_start - 1;
    return absl::StrCat("line ", line, ", column ", std::max<size_t>(column, 1));
  }

  Json& root_;
  const InputLimits limits_;
  bool too_large_ = false;
  std::vector<Json*> open_;        // the objects and arrays being read, outermost first
  std::vector<string_t> keys_;     // for each open object, the key being read
  Json* element_ = nullptr;        // where the value of the last key goes
  absl::string_view text_;
  std::string message_;
};

}  // namespace

std::string StripJsonExceptionPrefix(absl::string_view what) {
  if (!what.empty() && what.front() == '[') {
    const size_t close = what.find("] ");
    if (close != absl::string_view::npos) what.remove_prefix(close + 2);
  }
  return std::string(what);
}

template <class Json>
absl::StatusOr<Json> ParseJsonText(absl::string_view text) {
  if (absl::Status size = CheckInputSize(text); !size.ok()) return size;
  const InputLimits limits = GetInputLimits();
  Json root;
  StrictBuilder<Json> builder(root, limits);
  builder.set_text(text);
  bool ok = false;
  try {
    ok = Json::sax_parse(text.begin(), text.end(), &builder);
  } catch (const typename Json::exception& e) {
    return absl::InvalidArgumentError(EscapeInvalidUtf8(StripJsonExceptionPrefix(e.what())));
  }
  if (!ok) {
    std::string message = EscapeInvalidUtf8(builder.message());
    return builder.too_large() ? absl::ResourceExhaustedError(std::move(message))
                               : absl::InvalidArgumentError(std::move(message));
  }
  return root;
}

template absl::StatusOr<nlohmann::json> ParseJsonText<nlohmann::json>(absl::string_view text);
template absl::StatusOr<nlohmann::ordered_json> ParseJsonText<nlohmann::ordered_json>(absl::string_view text);

absl::StatusOr<nlohmann::json> ParseJsonObject(absl::string_view text, absl::string_view what) {
  absl::StatusOr<nlohmann::json> parsed = ParseJsonText(text);
  if (!parsed.ok()) return absl::Status(parsed.status().code(), absl::StrCat(what, ": ", parsed.status().message()));
  if (!parsed->is_object()) {
    return absl::InvalidArgumentError(absl::StrCat(what, ": must be a JSON object, found ", parsed->type_name()));
  }
  return parsed;
}

}  // namespace govgraph::internal
