// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/import/aliases.h"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/algorithm/container.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "govgraph/io/csv.h"
#include "govgraph/names.h"
#include "import/text.h"
#include "internal/files.h"
#include "internal/json_text.h"
#include "internal/enum_names.h"

namespace govgraph {
namespace internal {
extern const absl::string_view kBuiltinAliasesCsv;
}  // namespace internal

namespace {

using import_internal::AV;

constexpr const char* kColumns[] = {"patterns", "target", "id",       "name", "kind",
                                    "organisation", "elected", "expand", "note", "source"};

std::string Trimmed(absl::string_view s) { return std::string(absl::StripAsciiWhitespace(s)); }

std::vector<std::string> SplitPatterns(absl::string_view s) {
  std::vector<std::string> out;
  for (absl::string_view p : absl::StrSplit(s, '|')) {
    std::string t = Trimmed(p);
    if (!t.empty()) out.push_back(std::move(t));
  }
  return out;
}

absl::StatusOr<bool> ParseBool(absl::string_view s) {
  const std::string v = absl::AsciiStrToLower(absl::StripAsciiWhitespace(s));
  if (v.empty() || v == "false" || v == "no" || v == "0") return false;
  if (v == "true" || v == "yes" || v == "1") return true;
  return absl::InvalidArgumentError(absl::StrCat("expected true or false, found \"", s, "\""));
}

// Fills the entry's fields from (column name, value) pairs.
absl::Status SetField(AliasEntry& e, absl::string_view column, absl::string_view value) {
  if (column == "patterns") {
    e.patterns = SplitPatterns(value);
  } else if (column == "target") {
    const std::string v = absl::AsciiStrToLower(absl::StripAsciiWhitespace(value));
    if (v == "organisation" || v == "organization") {
      e.target = AliasTarget::kOrganisation;
    } else if (v == "role") {
      e.target = AliasTarget::kRole;
    } else {
      return absl::InvalidArgumentError(
          absl::StrCat("expected \"organisation\" or \"role\", found \"", value, "\""));
    }
  } else if (column == "id") {
    e.id = Trimmed(value);
  } else if (column == "name") {
    e.name = Trimmed(value);
  } else if (column == "kind") {
    const std::string v = Trimmed(value);
    if (!v.empty()) {
      absl::StatusOr<OrganisationKind> k = ParseOrganisationKind(v);
      if (!k.ok()) return k.status();
      e.kind = *k;
    }
  } else if (column == "organisation") {
    e.organisation = Trimmed(value);
  } else if (column == "elected") {
    absl::StatusOr<bool> b = ParseBool(value);
    if (!b.ok()) return b.status();
    e.elected = *b;
  } else if (column == "expand") {
    absl::StatusOr<bool> b = ParseBool(value);
    if (!b.ok()) return b.status();
    e.expand = *b;
  } else if (column == "note") {
    e.note = Trimmed(value);
  } else if (column == "source") {
    e.source = Trimmed(value);
  } else {
    return absl::InvalidArgumentError(absl::StrCat("unknown column \"", column, "\" (expected ",
                                                   absl::StrJoin(kColumns, ", "), ")"));
  }
  return absl::OkStatus();
}

std::string CsvQuote(absl::string_view s) {
  if (s.find_first_of(",\"\r\n") == absl::string_view::npos) return std::string(s);
  return absl::StrCat("\"", absl::StrReplaceAll(s, {{"\"", "\"\""}}), "\"");
}

}  // namespace

namespace internal {
template <>
struct EnumNames<AliasTarget> {
  static constexpr std::string_view kWhat = "alias target";
  static constexpr std::pair<AliasTarget, std::string_view> kTable[] = {
      {AliasTarget::kOrganisation, "organisation"},
      {AliasTarget::kRole, "role"},
  };
};
}  // namespace internal

std::string_view Name(AliasTarget v) { return internal::NameOf(v, "organisation"); }

std::string AliasKey(absl::string_view text) { return FoldedName(text); }

const AliasTable& AliasTable::Builtin() {
  static const AliasTable* const table = [] {
    absl::StatusOr<AliasTable> t = FromCsv(internal::kBuiltinAliasesCsv);
    // The shipped file is checked by the tests; an unreadable one gives an empty table.
    return new AliasTable(t.ok() ? *std::move(t) : AliasTable());
  }();
  return *table;
}

absl::StatusOr<AliasTable> AliasTable::FromCsv(absl::string_view text) {
  absl::StatusOr<CsvTable> csv = ParseCsv(text);
  if (!csv.ok()) return csv.status();
  AliasTable table;
  std::vector<std::string> header;
  for (const CsvRecord& r : csv->records) {
    if (r.blank()) continue;
    if (header.empty()) {
      for (const std::string& h : r.fields) header.push_back(absl::AsciiStrToLower(Trimmed(h)));
      if (header.empty() || header[0] != "patterns") {
        return absl::InvalidArgumentError(absl::StrCat(
            "line ", r.line, ": the header must start with \"patterns\" (columns: ", absl::StrJoin(kColumns, ","),
            ")"));
      }
      continue;
    }
    if (r.fields.size() > header.size()) {
      return absl::InvalidArgumentError(absl::StrCat("line ", r.line, ": ", r.fields.size(),
                                                     " fields but the header has ", header.size()));
    }
    AliasEntry e;
    for (size_t i = 0; i < r.fields.size(); ++i) {
      absl::Status st = SetField(e, header[i], r.fields[i]);
      if (!st.ok()) {
        return absl::InvalidArgumentError(absl::StrCat("line ", r.line, ", column ", i + 1, " (", header[i],
                                                       "): ", st.message()));
      }
    }
    absl::Status st = table.Add(std::move(e));
    if (!st.ok()) return absl::InvalidArgumentError(absl::StrCat("line ", r.line, ": ", st.message()));
  }
  if (header.empty()) return absl::InvalidArgumentError("the alias table is empty (no header row)");
  return table;
}

absl::StatusOr<AliasTable> AliasTable::FromJson(absl::string_view text) {
  using Json = nlohmann::json;
  absl::StatusOr<Json> parsed = internal::ParseJsonText(text);
  if (!parsed.ok()) return parsed.status();
  const Json& root = *parsed;
  if (!root.is_array()) return absl::InvalidArgumentError("expected an array of alias entries");
  AliasTable table;
  for (size_t i = 0; i < root.size(); ++i) {
    const Json& v = root[i];
    const std::string place = absl::StrCat("[", i, "]");
    if (!v.is_object()) return absl::InvalidArgumentError(place + ": expected an object");
    AliasEntry e;
    for (const auto& [key, value] : v.items()) {
      std::string s;
      if (key == "patterns" && value.is_array()) {
        for (const Json& p : value) {
          if (!p.is_string()) return absl::InvalidArgumentError(place + ".patterns: expected strings");
          e.patterns.push_back(p.get<std::string>());
        }
        continue;
      }
      if (value.is_boolean()) {
        s = value.get<bool>() ? "true" : "false";
      } else if (value.is_string()) {
        s = value.get<std::string>();
      } else {
        return absl::InvalidArgumentError(absl::StrCat(place, ".", key, ": expected a string"));
      }
      absl::Status st = SetField(e, key, s);
      if (!st.ok()) return absl::InvalidArgumentError(absl::StrCat(place, ".", key, ": ", st.message()));
    }
    absl::Status st = table.Add(std::move(e));
    if (!st.ok()) return absl::InvalidArgumentError(absl::StrCat(place, ": ", st.message()));
  }
  return table;
}

absl::StatusOr<AliasTable> AliasTable::LoadFile(const std::string& path) {
  return internal::LoadFile(path, [&](absl::string_view text) {
    return absl::EndsWithIgnoreCase(path, ".json") ? FromJson(text) : FromCsv(text);
  });
}

absl::Status AliasTable::Add(AliasEntry entry, bool replace) {
  if (entry.patterns.empty()) return absl::InvalidArgumentError("an alias entry needs at least one pattern");
  if (entry.id.empty()) return absl::InvalidArgumentError("an alias entry needs an id");
  if (entry.name.empty()) entry.name = entry.patterns.back();
  if (entry.target == AliasTarget::kRole && !entry.organisation.empty() && entry.organisation == entry.id) {
    return absl::InvalidArgumentError(absl::StrCat("role \"", entry.id, "\" cannot belong to itself"));
  }
  for (const std::string& p : entry.patterns) {
    if (AliasKey(p).empty()) {
      return absl::InvalidArgumentError(absl::StrCat("pattern \"", p, "\" has no letters or digits"));
    }
  }
  const size_t index = entries_.size();
  for (const std::string& p : entry.patterns) {
    std::vector<size_t>& list = by_key_[AliasKey(p)];
    if (replace) list.clear();
    if (list.empty() || list.back() != index) list.push_back(index);
  }
  entries_.push_back(std::move(entry));
  return absl::OkStatus();
}

void AliasTable::Override(const AliasTable& other) {
  // Clear every pattern `other` defines, then add its entries beside each other.
  for (const AliasEntry& e : other.entries_) {
    for (const std::string& p : e.patterns) by_key_[AliasKey(p)].clear();
  }
  for (const AliasEntry& e : other.entries_) Add(e).IgnoreError();
}

std::vector<const AliasEntry*> AliasTable::Find(absl::string_view text) const {
  std::vector<const AliasEntry*> out;
  auto it = by_key_.find(AliasKey(text));
  if (it == by_key_.end()) return out;
  for (size_t i : it->second) out.push_back(&entries_[i]);
  return out;
}

const AliasEntry* AliasTable::FindId(AliasTarget target, absl::string_view id) const {
  for (const AliasEntry& e : entries_) {
    if (e.target == target && e.id == id) return &e;
  }
  return nullptr;
}

std::vector<std::string> AliasTable::Patterns() const {
  std::vector<std::string> out;
  for (size_t i = 0; i < entries_.size(); ++i) {
    for (const std::string& p : entries_[i].patterns) {
      auto it = by_key_.find(AliasKey(p));
      if (it != by_key_.end() && absl::c_linear_search(it->second, i)) out.push_back(p);
    }
  }
  return out;
}

std::string AliasTable::ToCsv() const {
  std::string out = absl::StrCat(absl::StrJoin(kColumns, ","), "\n");
  for (const AliasEntry& e : entries_) {
    absl::StrAppend(&out, CsvQuote(absl::StrJoin(e.patterns, "|")), ",", AV(Name(e.target)), ",", CsvQuote(e.id), ",",
                    CsvQuote(e.name), ",",
                    e.target == AliasTarget::kOrganisation ? std::string(AV(Name(e.kind))) : std::string(), ",",
                    CsvQuote(e.organisation), ",", e.elected ? "true" : "", ",", e.expand ? "true" : "", ",",
                    CsvQuote(e.note), ",", CsvQuote(e.source), "\n");
  }
  return out;
}

GOVGRAPH_ENUM_VALUES(AliasTarget);

}  // namespace govgraph
