// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/ocd.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "govgraph/io/csv.h"
#include "govgraph/names.h"
#include "govgraph/register_builder.h"

namespace govgraph {
namespace internal {
extern const absl::string_view kPoliceForceAreasCsv;
}  // namespace internal

namespace {

// Reads the compiled-in table. The file is part of the source tree and is
// checked by the tests, so a malformed row is a build defect, not input: it
// is skipped rather than reported.
std::vector<OcdDivision> ReadPoliceForceAreas() {
  std::vector<OcdDivision> out;
  absl::StatusOr<CsvTable> table = ParseCsv(internal::kPoliceForceAreasCsv);
  if (!table.ok()) return out;
  bool header = true;
  for (const CsvRecord& r : table->records) {
    if (r.blank()) continue;
    if (header) {
      header = false;
      continue;
    }
    if (r.fields.size() < 3) continue;
    out.push_back({r.fields[0], r.fields[1], r.fields[2]});
  }
  return out;
}

// The name with force-area wording dropped from its end, normalised.
std::string ForceAreaKey(absl::string_view text) {
  const std::string key = NormaliseName(text);
  absl::string_view view = key;
  for (absl::string_view suffix : {" police force area", " police area", " force area", " police", " constabulary"}) {
    if (view.size() > suffix.size() && absl::ConsumeSuffix(&view, suffix)) break;
  }
  return std::string(view);
}

const OcdDivision* Find(absl::string_view text) {
  const std::string trimmed(absl::StripAsciiWhitespace(text));
  if (trimmed.empty()) return nullptr;
  for (const OcdDivision& d : PoliceForceAreas()) {
    if (absl::EqualsIgnoreCase(d.id, trimmed) || absl::EqualsIgnoreCase(d.gss_code, trimmed)) return &d;
  }
  const std::string key = ForceAreaKey(trimmed);
  for (const OcdDivision& d : PoliceForceAreas()) {
    if (ForceAreaKey(d.name) == key) return &d;
  }
  return nullptr;
}

// The division the area's name or one of its aliases names, if exactly one.
const OcdDivision* NamedDivision(const Area& area) {
  if (const OcdDivision* d = Find(area.name)) return d;
  for (const std::string& alias : area.aliases) {
    if (const OcdDivision* d = Find(alias)) return d;
  }
  return nullptr;
}

}  // namespace

std::span<const OcdDivision> PoliceForceAreas() {
  static const std::vector<OcdDivision>* const kAreas = new std::vector<OcdDivision>(ReadPoliceForceAreas());
  return *kAreas;
}

absl::StatusOr<OcdDivision> FindPoliceForceArea(absl::string_view text) {
  if (const OcdDivision* d = Find(text)) return *d;
  return absl::NotFoundError(absl::StrCat("no police force area with OCD id, GSS code or name \"", text, "\""));
}

std::optional<std::string> OcdIdOf(const Area& area) {
  for (const Identifier& id : area.identifiers) {
    if (id.scheme == kOcdScheme) return id.value;
  }
  return std::nullopt;
}

std::vector<OcdSuggestion> SuggestOcdIds(const Register& reg) {
  std::vector<OcdSuggestion> out;
  for (const Area& a : reg.areas()) {
    if (a.kind != AreaKind::kForceArea || OcdIdOf(a)) continue;
    if (const OcdDivision* d = NamedDivision(a)) out.push_back({a.id, *d});
  }
  return out;
}

absl::StatusOr<Register> AttachOcdIds(const Register& reg) {
  const std::vector<OcdSuggestion> suggestions = SuggestOcdIds(reg);
  RegisterBuilder b(reg);
  for (const OcdSuggestion& s : suggestions) {
    for (Area& a : b.areas()) {
      if (a.id != s.area) continue;
      a.identifiers.push_back({std::string(kOcdScheme), s.division.id});
      bool has_gss = false;
      for (const Identifier& id : a.identifiers) has_gss = has_gss || id.scheme == "gss";
      if (!has_gss) a.identifiers.push_back({"gss", s.division.gss_code});
    }
  }
  return std::move(b).Build();
}

std::vector<Diagnostic> CheckOcdIds(const Register& reg) {
  std::vector<Diagnostic> out;
  for (size_t i = 0; i < reg.areas().size(); ++i) {
    const Area& a = reg.areas()[i];
    for (size_t j = 0; j < a.identifiers.size(); ++j) {
      const Identifier& id = a.identifiers[j];
      if (id.scheme != kOcdScheme || !absl::StrContains(id.value, "/pfa:")) continue;
      const std::string path = absl::StrCat("areas[", i, "].identifiers[", j, "]");
      const OcdDivision* by_id = nullptr;
      for (const OcdDivision& d : PoliceForceAreas()) {
        if (d.id == id.value) by_id = &d;
      }
      if (by_id == nullptr) {
        out.push_back(Diagnostic::AtPath(path,
                                         absl::StrCat("\"", id.value, "\" is not a police force area in the OCD registry (area \"",
                                                      a.id, "\")"),
                                         diagnostic_code::kUnknownReference));
        continue;
      }
      const OcdDivision* by_name = NamedDivision(a);
      if (by_name != nullptr && by_name != by_id) {
        out.push_back(Diagnostic::AtPath(path,
                                         absl::StrCat("\"", id.value, "\" is ", by_id->name, ", but area \"", a.id,
                                                      "\" is called ", by_name->name),
                                         diagnostic_code::kConflict));
      }
    }
  }
  return out;
}

}  // namespace govgraph
