// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/import/table_import.h"

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "govgraph/cadence.h"
#include "govgraph/import/entity_resolution.h"
#include "govgraph/import/lead.h"
#include "govgraph/import/participants.h"
#include "govgraph/import/topic_glossary.h"
#include "govgraph/names.h"
#include "govgraph/register_builder.h"
#include "import/text.h"
#include "internal/files.h"
#include "internal/enum_names.h"

namespace govgraph {
namespace {

using import_internal::AV;

using import_internal::Clip;
using import_internal::Found;
using import_internal::StrictImportError;
using import_internal::EditDistance;
using import_internal::HasWord;
using import_internal::Lower;
using import_internal::SplitOutsideParens;
using import_internal::Trim;
using import_internal::WithoutParens;

constexpr size_t kMaxNameBytes = 300;

struct Synonyms {
  ImportField field;
  std::vector<absl::string_view> headings;
};

const std::vector<Synonyms>& HeadingSynonyms() {
  static const auto* const table = new std::vector<Synonyms>{
      {ImportField::kName,
       {"meeting", "name", "meeting name", "board", "forum", "partnership", "body", "group", "title",
        "meeting title", "board name", "partnership name", "governance body", "meeting or board",
        "meeting board"}},
      {ImportField::kId, {"id", "meeting id", "identifier"}},
      {ImportField::kLead, {"lead", "lead organisation", "led by", "owner", "lead agency", "lead body", "lead by"}},
      {ImportField::kChair, {"chair", "chaired by", "chairperson", "chair person", "chairman"}},
      {ImportField::kPurpose,
       {"purpose", "remit", "description", "aim", "aims", "objective", "objectives", "terms of reference", "tor",
        "function"}},
      {ImportField::kParticipants,
       {"key participant", "participant", "member", "membership", "attendee", "attendance", "who attend",
        "key member", "representation", "partner", "key partner"}},
      {ImportField::kFrequency,
       {"frequency", "how often", "cadence", "meeting frequency", "meet", "meets", "regularity", "frequency of meeting"}},
      {ImportField::kCurrentFocus,
       {"current focus", "focus", "priority", "current priority", "key issue", "current issue", "agenda focus"}},
      {ImportField::kLevel, {"level", "tier"}},
      {ImportField::kAreas, {"area", "geography", "locality", "coverage", "area covered"}},
      {ImportField::kKind, {"type", "kind", "meeting type", "category"}},
      {ImportField::kStatus, {"status", "new or existing"}},
      {ImportField::kDurationHours, {"duration", "length", "duration hour", "hour", "meeting length", "duration hours"}},
      {ImportField::kReportsTo, {"report to", "reports to", "reporting to", "accountable to", "reporting line"}},
      {ImportField::kStatutory, {"statutory", "statutory basis", "statutory or not"}},
      {ImportField::kTopics, {"topic", "topics", "theme", "themes", "tag", "tags"}},
  };
  return *table;
}

std::string HeadingKey(absl::string_view heading) { return AliasKey(WithoutParens(heading)); }

std::string AttributeKey(absl::string_view heading) {
  std::string key = absl::StrReplaceAll(Slugify(Clip(heading, 60)), {{"-", "_"}});
  return key.empty() ? "column" : key;
}

struct Column {
  ImportField field = ImportField::kAttribute;
  std::string heading;
  std::string attribute;  // for kAttribute
};

std::optional<ImportField> MatchHeading(absl::string_view heading, bool fuzzy, std::string* matched) {
  const std::string key = HeadingKey(heading);
  if (key.empty()) return std::nullopt;
  for (const Synonyms& s : HeadingSynonyms()) {
    for (absl::string_view h : s.headings) {
      if (AliasKey(h) == key) return s.field;
    }
  }
  if (!fuzzy || key.size() < 5) return std::nullopt;
  for (const Synonyms& s : HeadingSynonyms()) {
    for (absl::string_view h : s.headings) {
      const std::string hk = AliasKey(h);
      if (hk.size() >= 5 && EditDistance(key, hk, 2) <= 2) {
        *matched = std::string(h);
        return s.field;
      }
    }
  }
  return std::nullopt;
}

std::optional<Level> ReadLevel(absl::string_view text) {
  const std::string l = Lower(text);
  if (HasWord(l, "strategic")) return Level::kStrategic;
  if (HasWord(l, "tactical")) return Level::kTactical;
  if (HasWord(l, "operational")) return Level::kOperational;
  return std::nullopt;
}

// Posts whose presence makes a meeting strategic (ids of the alias table's roles).
bool IsSeniorRole(absl::string_view id) {
  static constexpr absl::string_view kSenior[] = {
      "pcc", "deputy-pcc", "opcc-chief-executive", "chief-constable", "deputy-chief-constable", "acc",
      "chief-officer", "cog-lead", "local-authority-chief-executive", "chief-executive", "council-leader",
      "director-of-childrens-services", "director-of-adult-services", "director-of-public-health",
      "independent-safeguarding-chair", "csp-chair"};
  return absl::c_linear_search(kSenior, id);
}

std::optional<MeetingKind> KindFromName(absl::string_view name) {
  const std::vector<std::string> words = import_internal::Words(AliasKey(name));
  for (size_t i = words.size(); i-- > 0;) {
    const std::string& w = words[i];
    if (w == "board") return MeetingKind::kBoard;
    if (w == "panel") return MeetingKind::kPanel;
    if (w == "partnership" || w == "concordat" || w == "consortium" || w == "alliance" || w == "collaborative") {
      return MeetingKind::kPartnership;
    }
    if (w == "committee") return MeetingKind::kCommittee;
    if (w == "forum" || w == "network") return MeetingKind::kForum;
    if (w == "group" && i > 0 && (words[i - 1] == "working" || words[i - 1] == "sub" || words[i - 1] == "finish" ||
                                 words[i - 1] == "task" || words[i - 1] == "steering")) {
      return MeetingKind::kWorkingGroup;
    }
    if (w == "subgroup") return MeetingKind::kWorkingGroup;
    if (w == "meeting" || w == "group") return MeetingKind::kMeeting;
  }
  return std::nullopt;
}

// A kind cell: a kind's name ("working group"), else a word naming one.
std::optional<MeetingKind> KindFromCell(absl::string_view text) {
  absl::StatusOr<MeetingKind> k = ParseMeetingKind(absl::StrReplaceAll(AliasKey(text), {{" ", "_"}}));
  return k.ok() ? std::optional<MeetingKind>(*k) : KindFromName(text);
}

std::optional<MeetingStatus> ReadStatus(absl::string_view text) {
  const std::string l = AliasKey(text);
  if (l == "new") return MeetingStatus::kNew;
  if (l == "existing" || l == "current" || l == "continue" || l == "continuing" || l == "ongoing") {
    return MeetingStatus::kExisting;
  }
  if (l == "proposed" || l == "planned" || l == "to be established") return MeetingStatus::kProposed;
  if (l == "to be removed" || l == "remove" || l == "removed" || l == "stop" || l == "to stop" || l == "cease" ||
      l == "to be stopped" || l == "close" || l == "to close") {
    return MeetingStatus::kToBeRemoved;
  }
  absl::StatusOr<MeetingStatus> s = ParseMeetingStatus(absl::StrReplaceAll(l, {{" ", "_"}}));
  if (s.ok()) return *s;
  return std::nullopt;
}

std::optional<bool> ReadBool(absl::string_view text) {
  const std::string l = AliasKey(text);
  if (l == "yes" || l == "y" || l == "true" || l == "statutory" || l == "1") return true;
  if (l == "no" || l == "n" || l == "false" || l == "non statutory" || l == "0") return false;
  return std::nullopt;
}

std::optional<double> ReadHours(absl::string_view text) {
  std::string l = Lower(Trim(text));
  double scale = 1;
  for (absl::string_view unit : {" hours", " hour", " hrs", " hr", "hours", "hrs", "hr", "h"}) {
    if (absl::EndsWith(l, unit)) {
      l = std::string(Trim(absl::string_view(l).substr(0, l.size() - unit.size())));
      break;
    }
  }
  for (absl::string_view unit : {" minutes", " mins", " min", "minutes", "mins", "min"}) {
    if (absl::EndsWith(l, unit)) {
      l = std::string(Trim(absl::string_view(l).substr(0, l.size() - unit.size())));
      scale = 1.0 / 60;
      break;
    }
  }
  double v = 0;
  if (!absl::SimpleAtod(l, &v) || !(v >= 0) || v > 24 * 7) return std::nullopt;
  return v * scale;
}

// "x 5" (or "× 5") as a count of places.
std::optional<int> TimesCount(absl::string_view text) {
  const std::string l = Lower(text);
  for (size_t i = 0; i < l.size(); ++i) {
    size_t j;
    if (l[i] == 'x' && (i == 0 || !absl::ascii_isalnum(static_cast<unsigned char>(l[i - 1])))) {
      j = i + 1;
    } else if (l.compare(i, 2, "\xC3\x97") == 0) {
      j = i + 2;
    } else {
      continue;
    }
    while (j < l.size() && l[j] == ' ') ++j;
    size_t k = j;
    while (k < l.size() && absl::ascii_isdigit(static_cast<unsigned char>(l[k]))) ++k;
    if (k == j || k - j > 3) continue;
    if (k < l.size() && absl::ascii_isalpha(static_cast<unsigned char>(l[k]))) continue;
    int n = 0;
    if (absl::SimpleAtoi(l.substr(j, k - j), &n) && n > 0) return n;
  }
  return std::nullopt;
}

bool MentionsEachArea(absl::string_view text) {
  const std::string l = AliasKey(text);
  for (absl::string_view p : {"locality based", "each la area", "each la", "each local authority", "each area",
                              "per area", "each locality", "each district", "in each la", "each force area",
                              "by locality", "per la", "per local authority"}) {
    if (absl::StrContains(absl::StrCat(" ", l, " "), absl::StrCat(" ", AliasKey(p), " "))) return true;
  }
  return false;
}

class Importer {
 public:
  Importer(const TextTable& table, const ImportOptions& options)
      : table_(table),
        options_(options),
        aliases_(options.aliases != nullptr ? *options.aliases : AliasTable::Builtin()),
        resolver_(options.base, aliases_) {}

  absl::StatusOr<ImportResult> Run() {
    if (table_.header.empty() || absl::c_all_of(table_.header, [](const std::string& h) { return Trim(h).empty(); })) {
      return absl::InvalidArgumentError("the table is empty: there is no header row");
    }
    for (const std::string& h : table_.header) {
      if (absl::Status st = CheckUtf8(h); !st.ok()) {
        return absl::InvalidArgumentError(absl::StrCat("header: ", st.message()));
      }
    }
    if (absl::Status st = MapColumns(); !st.ok()) return st;
    if (table_.rows.empty()) {
      Add(TableDiagnostic(Severity::kWarning, table_.first_row, Line(-1), 0, "", "", "", "", "",
           "the table has a header but no rows: no meetings imported"));
    }
    for (size_t i = 0; i < table_.rows.size(); ++i) {
      if (absl::Status st = Row(i); !st.ok()) return st;
    }
    ResolveReportsTo();
    if (defaulted_ > 0) {
      Add(TableDiagnostic(Severity::kInfo, 0, 0, 0, "", "areas", "", "", "",
           absl::StrCat(defaulted_, " meeting", defaulted_ == 1 ? "" : "s",
                        " name no area and ", defaulted_ == 1 ? "was" : "were", " placed in ",
                        absl::StrJoin(default_areas_, ", ", [&](std::string* out, const std::string& id) {
                          absl::StrAppend(out, "\"", resolver_.AreaName(id), "\"");
                        }))));
    }
    return Finish();
  }

 private:
  int Line(int i) const {
    return i >= 0 && static_cast<size_t>(i) < table_.lines.size() ? table_.lines[i] : 0;
  }

  void Add(Diagnostic d) { diagnostics_.push_back(std::move(d)); }

  // A diagnostic of the table: a cell, a row, a column or (all 0) the whole.
  static Diagnostic TableDiagnostic(Severity s, int row, int line, int column, std::string column_name,
                                    std::string field, std::string text, std::string understood,
                                    std::string suggestion, std::string message) {
    Diagnostic d = Found(s, std::move(text), std::move(understood), std::move(suggestion), std::move(message));
    d.scope = "table";
    d.row = row;
    d.line = line;
    d.column = column;
    d.column_name = std::move(column_name);
    d.field = std::move(field);
    return d;
  }

  Diagnostic At(Severity s, size_t row_index, size_t column, std::string text, std::string message) const {
    Diagnostic d;
    d.severity = s;
    d.code = s == Severity::kError ? diagnostic_code::kNotUnderstood : diagnostic_code::kJudged;
    d.scope = "table";
    d.row = table_.first_row + 1 + static_cast<int>(row_index);
    d.line = Line(static_cast<int>(row_index));
    d.column = column == SIZE_MAX ? 0 : static_cast<int>(column) + 1;
    if (column < columns_.size()) {
      d.column_name = columns_[column].heading;
      d.field = std::string(AV(Name(columns_[column].field)));
    }
    d.text = Clip(text);
    d.message = std::move(message);
    return d;
  }

  void AddFindings(const std::vector<Diagnostic>& findings, size_t row_index, size_t column) {
    for (const Diagnostic& f : findings) {
      Diagnostic d = At(f.severity, row_index, column, f.text, f.message);
      d.code = f.code;
      d.understood = Clip(f.understood, 400);
      d.suggestion = f.suggestion;
      Add(std::move(d));
    }
  }

  absl::Status MapColumns() {
    // Explicit mappings first.
    std::map<size_t, Column> explicit_columns;
    for (const auto& [heading, field_name] : options_.columns) {
      size_t found = table_.header.size();
      for (size_t c = 0; c < table_.header.size(); ++c) {
        if (table_.header[c] == heading || (HeadingKey(table_.header[c]) == HeadingKey(heading) && !HeadingKey(heading).empty())) {
          found = c;
          break;
        }
      }
      if (found == table_.header.size()) {
        return absl::InvalidArgumentError(absl::StrCat("columns: no column headed \"", heading, "\" (the headings are \"",
                                                       absl::StrJoin(table_.header, "\", \""), "\")"));
      }
      Column col;
      col.heading = table_.header[found];
      std::string name = field_name;
      if (absl::StartsWith(name, "attribute:")) {
        col.field = ImportField::kAttribute;
        col.attribute = name.substr(10);
        if (col.attribute.empty()) col.attribute = AttributeKey(col.heading);
      } else {
        absl::StatusOr<ImportField> f = ParseImportField(name);
        if (!f.ok()) return absl::InvalidArgumentError(absl::StrCat("columns[\"", heading, "\"]: ", f.status().message()));
        col.field = *f;
        if (col.field == ImportField::kAttribute) col.attribute = AttributeKey(col.heading);
      }
      explicit_columns[found] = col;
    }
    absl::flat_hash_map<ImportField, size_t> taken;
    for (const auto& [c, col] : explicit_columns) {
      if (col.field != ImportField::kAttribute && col.field != ImportField::kIgnore) {
        if (taken.contains(col.field)) {
          return absl::InvalidArgumentError(absl::StrCat("columns: two columns are mapped to \"", AV(Name(col.field)), "\""));
        }
        taken[col.field] = c;
      }
    }
    columns_.resize(table_.header.size());
    for (size_t c = 0; c < table_.header.size(); ++c) {
      Column& col = columns_[c];
      col.heading = std::string(Trim(table_.header[c]));
      if (auto it = explicit_columns.find(c); it != explicit_columns.end()) {
        col = it->second;
        continue;
      }
      std::string fuzzy_match;
      std::optional<ImportField> f = MatchHeading(col.heading, /*fuzzy=*/false, &fuzzy_match);
      if (!f) f = MatchHeading(col.heading, /*fuzzy=*/true, &fuzzy_match);
      if (f && taken.contains(*f)) {
        Add(TableDiagnostic(Severity::kWarning, table_.first_row, 0, static_cast<int>(c) + 1, col.heading, std::string(AV(Name(*f))),
             Clip(col.heading), "", "",
             absl::StrCat("a second \"", AV(Name(*f)), "\" column (column ", taken[*f] + 1,
                          " is the first); kept as attributes")));
        f.reset();
      }
      if (f) {
        col.field = *f;
        taken[*f] = c;
        if (!fuzzy_match.empty()) {
          Add(TableDiagnostic(Severity::kWarning, table_.first_row, 0, static_cast<int>(c) + 1, col.heading, std::string(AV(Name(*f))),
               Clip(col.heading), std::string(AV(Name(*f))), fuzzy_match,
               absl::StrCat("heading \"", Clip(col.heading), "\" read as \"", fuzzy_match, "\" (", AV(Name(*f)), ")")));
        }
        if (*f == ImportField::kLead) {
          lead_heading_ = col.heading;
        }
        continue;
      }
      col.field = ImportField::kAttribute;
      col.attribute = col.heading.empty() ? absl::StrCat("column_", c + 1) : AttributeKey(col.heading);
      if (!col.heading.empty()) {
        Add(TableDiagnostic(Severity::kInfo, table_.first_row, 0, static_cast<int>(c) + 1, col.heading, "attribute",
             Clip(col.heading), "", "",
             absl::StrCat("column \"", Clip(col.heading), "\" is not a field govgraph knows; its cells are kept as "
                          "attribute \"", col.attribute, "\"")));
      }
    }
    if (!taken.contains(ImportField::kName)) {
      return absl::InvalidArgumentError(absl::StrCat(
          "no column for the meeting name: the headings are \"", absl::StrJoin(table_.header, "\", \"", [](std::string* out, const std::string& h) {
            out->append(Clip(h, 80));
          }),
          "\"; head it \"Meeting\" or map it with columns={heading: \"name\"}"));
    }
    // What "Joint" stands for.
    joint_ = options_.joint_lead;
    if (joint_.empty() && !lead_heading_.empty()) joint_ = LeadOptionsFromHeading(lead_heading_, resolver_);
    if (joint_.empty() && options_.base != nullptr) {
      std::vector<std::string> pcc, police;
      for (const Organisation& o : options_.base->organisations()) {
        if (o.kind == OrganisationKind::kPoliceAndCrimeCommissioner) pcc.push_back(o.id);
        if (o.kind == OrganisationKind::kPolice) police.push_back(o.id);
      }
      if (pcc.size() == 1 && police.size() == 1) joint_ = {pcc[0], police[0]};
    }
    // Where meetings that name no area are.
    default_areas_ = options_.default_areas;
    if (default_areas_.empty()) {
      std::vector<std::string> force = resolver_.AreasOfKind(AreaKind::kForceArea);
      if (force.size() == 1) default_areas_ = force;
    }
    if (options_.base != nullptr) {
      for (const Meeting& m : options_.base->meetings()) used_ids_[m.id] = 0;
    }
    return absl::OkStatus();
  }

  std::string UniqueMeetingId(const std::string& wanted) {
    std::string base = wanted.substr(0, 60);
    while (!base.empty() && base.back() == '-') base.pop_back();
    if (base.empty()) base = "meeting";
    std::string id = base;
    for (int i = 2; used_ids_.contains(id); ++i) id = absl::StrCat(base, "-", i);
    return id;
  }

  // A row as it is read: its cells, and what reading its areas tells the
  // reading of its frequency.
  struct RowCells {
    size_t index;
    const std::vector<std::string>& cells;
    bool held_in_each_area = false;
  };

  // The trimmed text of a field's cell, and its column (SIZE_MAX when no
  // column holds the field).
  struct Cell {
    std::string text;
    size_t column;
  };

  Cell CellOf(const RowCells& row, ImportField f) const {
    for (size_t c = 0; c < columns_.size(); ++c) {
      if (columns_[c].field == f) return {c < row.cells.size() ? std::string(Trim(row.cells[c])) : std::string(), c};
    }
    return {std::string(), SIZE_MAX};
  }

  // One row as one meeting, a field at a time. The fields are read in this
  // order because some use others (the areas, the participants; the level,
  // the participants and the chair) and because the diagnostics come in it.
  absl::Status Row(size_t r) {
    const std::vector<std::string>& cells = table_.rows[r];
    if (absl::c_all_of(cells, [](const std::string& c) { return Trim(c).empty(); })) return absl::OkStatus();
    if (absl::Status st = CheckRowUtf8(r, cells); !st.ok()) return st;
    CheckRowWidth(r, cells);
    RowCells row{r, cells};
    Meeting m;
    if (!ReadName(row, m)) return absl::OkStatus();
    ReadId(row, m);
    if (!options_.source.empty()) m.attributes["source"] = options_.source;
    m.purpose = CellOf(row, ImportField::kPurpose).text;
    m.current_focus = CellOf(row, ImportField::kCurrentFocus).text;
    ReadKind(row, m);
    ReadLevelCell(row, m);
    ReadStatutory(row, m);
    ReadStatusCell(row, m);
    ReadDuration(row, m);
    ReadAreas(row, m);
    ReadParticipants(row, m);
    ReadLead(row, m);
    ReadChair(row, m);
    ReadFrequency(row, m);
    InferLevel(row, m);
    ReadTopics(row, m);
    InferTopics(m);
    ReadReportsTo(row);
    KeepOtherCellsAsAttributes(row, m);
    meetings_.push_back(std::move(m));
    return absl::OkStatus();
  }

  absl::Status CheckRowUtf8(size_t r, const std::vector<std::string>& cells) const {
    for (size_t c = 0; c < cells.size(); ++c) {
      if (absl::Status st = CheckUtf8(cells[c]); !st.ok()) {
        return absl::InvalidArgumentError(absl::StrCat("row ", table_.first_row + 1 + r, ", column ", c + 1, ": ",
                                                       st.message()));
      }
    }
    return absl::OkStatus();
  }

  void CheckRowWidth(size_t r, const std::vector<std::string>& cells) {
    if (cells.size() == columns_.size()) return;
    const bool extra = cells.size() > columns_.size();
    Add(At(Severity::kWarning, r, SIZE_MAX, "",
           absl::StrCat("the row has ", cells.size(), " cell", cells.size() == 1 ? "" : "s", " but the header has ",
                        columns_.size(),
                        extra ? ": the extra cells are kept as attributes column_N"
                              : ": the missing cells are read as empty")));
    diagnostics_.back().column = 0;
  }

  // The name, and status markers in it; false when the row is not a meeting
  // (no name, or a section heading).
  bool ReadName(const RowCells& row, Meeting& m) {
    const Cell name_cell = CellOf(row, ImportField::kName);
    if (name_cell.text.empty()) {
      Add(At(Severity::kError, row.index, name_cell.column, "",
             "the row has no meeting name: skipped (give it a name to import it)"));
      return false;
    }
    // Papers group their tables under headings typed as rows of their own
    // ("Problem Solving – Short Term Leadership"): only the name cell, in a
    // table whose rows otherwise say more, and no word naming a meeting.
    if (IsSectionHeading(row.index, name_cell.column, name_cell.text)) {
      section_ = name_cell.text;
      Add(At(Severity::kWarning, row.index, name_cell.column, name_cell.text,
             absl::StrCat("\"", Clip(name_cell.text),
                          "\" has no other cell filled and names no meeting: read as a section heading, not a "
                          "meeting; the meetings below it keep it in attributes[\"section\"]")));
      diagnostics_.back().understood = "section heading";
      return false;
    }
    if (!section_.empty()) m.attributes["section"] = section_;
    std::string name = name_cell.text;
    const std::optional<MeetingStatus> status = StatusMarkedInName(row, name_cell, name);
    if (name.size() > kMaxNameBytes) {
      Add(At(Severity::kWarning, row.index, name_cell.column, name,
             absl::StrCat("the meeting name is ", name.size(), " bytes long; it is cut to ", kMaxNameBytes,
                          " (the whole cell is kept in attributes[\"name_as_printed\"])")));
      name = Clip(name, kMaxNameBytes);
    }
    if (name != name_cell.text) m.attributes["name_as_printed"] = name_cell.text;
    m.name = name;
    if (status) m.status = *status;
    return true;
  }

  // "Youth Forum (NEW)" is meeting "Youth Forum", status new: the marker is
  // taken out of `name`.
  std::optional<MeetingStatus> StatusMarkedInName(const RowCells& row, const Cell& name_cell, std::string& name) {
    std::optional<MeetingStatus> status;
    std::vector<std::string> kept;
    for (const std::string& w : import_internal::Words(name)) {
      std::string bare(Trim(w));
      absl::StripAsciiWhitespace(&bare);
      std::string inner = bare;
      if (inner.size() >= 2 && inner.front() == '(' && inner.back() == ')') inner = inner.substr(1, inner.size() - 2);
      if (inner == "NEW" || (bare != inner && Lower(inner) == "new")) {
        status = MeetingStatus::kNew;
        continue;
      }
      if (inner == "PROPOSED" || (bare != inner && Lower(inner) == "proposed")) {
        status = MeetingStatus::kProposed;
        continue;
      }
      kept.push_back(w);
    }
    while (!kept.empty() && (kept.back() == "-" || kept.back() == "\u2013")) kept.pop_back();
    if (!status || kept.empty()) return std::nullopt;
    name = absl::StrJoin(kept, " ");
    Add(At(Severity::kInfo, row.index, name_cell.column, name_cell.text,
           absl::StrCat("\"", Clip(name_cell.text), "\" read as meeting \"", Clip(name), "\" with status ",
                        AV(Name(*status)))));
    diagnostics_.back().understood = absl::StrCat("status ", AV(Name(*status)));
    return status;
  }

  // The id, with duplicates told apart.
  void ReadId(const RowCells& row, Meeting& m) {
    const Cell id_cell = CellOf(row, ImportField::kId);
    const size_t name_col = CellOf(row, ImportField::kName).column;
    const std::string& name = m.name;
    std::string wanted_id = id_cell.text.empty() ? Slugify(Clip(name, 120)) : id_cell.text;
    const std::string name_key = AliasKey(Clip(name, 400));
    if (auto it = names_.find(name_key); it != names_.end()) {
      m.id = UniqueMeetingId(wanted_id);
      Add(At(Severity::kWarning, row.index, name_col, name,
             absl::StrCat("meeting \"", Clip(name), "\" is also row ", it->second,
                          "; imported as a separate meeting with id \"", m.id, "\"")));
    } else {
      m.id = UniqueMeetingId(wanted_id);
      if (m.id != wanted_id && !id_cell.text.empty()) {
        Add(At(Severity::kWarning, row.index, id_cell.column, id_cell.text,
               absl::StrCat("id \"", Clip(id_cell.text), "\" is already used; imported as \"", m.id, "\"")));
      } else if (m.id != wanted_id && options_.base != nullptr && options_.base->FindMeeting(wanted_id)) {
        Add(At(Severity::kWarning, row.index, name_col, name,
               absl::StrCat("the base register already has a meeting \"", wanted_id, "\"; imported as \"", m.id, "\"")));
      }
      names_[name_key] = table_.first_row + 1 + static_cast<int>(row.index);
    }
    used_ids_[m.id] = row.index;
  }

  // What `read` makes of a field's cell; a cell it cannot read is kept as
  // attribute `attribute`, with a warning.
  template <class Read>
  auto ReadCell(const RowCells& row, const Cell& cell, Read read, const char* attribute, const char* warning,
                Meeting& m) -> decltype(read(cell.text)) {
    auto value = read(cell.text);
    if (!value) {
      Add(At(Severity::kWarning, row.index, cell.column, cell.text, warning));
      m.attributes[attribute] = cell.text;
    }
    return value;
  }

  // The kind from its cell, else from the name.
  void ReadKind(const RowCells& row, Meeting& m) {
    const Cell kind_cell = CellOf(row, ImportField::kKind);
    if (kind_cell.text.empty()) {
      if (std::optional<MeetingKind> k = KindFromName(m.name)) m.kind = *k;
    } else if (std::optional<MeetingKind> k = ReadCell(row, kind_cell, KindFromCell, "kind",
                                                       "meeting type not recognised; kept as attribute \"kind\"", m)) {
      m.kind = *k;
    }
  }

  // The level from its cell, else from the name and purpose, else the
  // default (InferLevel may still read it from who attends).
  void ReadLevelCell(const RowCells& row, Meeting& m) {
    const Cell level_cell = CellOf(row, ImportField::kLevel);
    if (!level_cell.text.empty()) {
      if (std::optional<Level> l = ReadCell(row, level_cell, ReadLevel, "level",
                                            "level not recognised (strategic, tactical or operational)", m)) {
        m.level = *l;
      }
    } else if (std::optional<Level> l = ReadLevel(absl::StrCat(m.name, " ", m.purpose))) {
      m.level = *l;
    } else {
      m.level = options_.default_level;
    }
  }

  // Statutory from its cell, else from the words of the name and purpose.
  void ReadStatutory(const RowCells& row, Meeting& m) {
    const Cell stat_cell = CellOf(row, ImportField::kStatutory);
    if (!stat_cell.text.empty()) {
      if (std::optional<bool> b = ReadCell(row, stat_cell, ReadBool, "statutory",
                                           "statutory: expected yes or no; kept as attribute", m)) {
        m.statutory = *b;
      }
      return;
    }
    const std::string l = Lower(absl::StrCat(m.name, " ", m.purpose));
    m.statutory =
        HasWord(l, "statutory") && !absl::StrContains(l, "non-statutory") && !absl::StrContains(l, "non statutory");
    // A meeting named as a kind of statutory board ("Craven CSP", "Cardiff
    // LSCB") is one: the glossary's statutory_board entries.
    if (!m.statutory) {
      if (std::optional<std::string> kind = StatutoryBoardIn(m.name)) {
        m.statutory = true;
        m.attributes["statutory_inferred"] = absl::StrCat("named as a ", *kind);
      }
    }
  }

  void ReadStatusCell(const RowCells& row, Meeting& m) {
    const Cell status_cell = CellOf(row, ImportField::kStatus);
    if (status_cell.text.empty()) return;
    if (std::optional<MeetingStatus> s =
            ReadCell(row, status_cell, ReadStatus, "status",
                     "status not recognised (new, existing, proposed, to be removed); kept as attribute", m)) {
      m.status = *s;
    }
  }

  void ReadDuration(const RowCells& row, Meeting& m) {
    const Cell dur_cell = CellOf(row, ImportField::kDurationHours);
    if (dur_cell.text.empty()) return;
    if (std::optional<double> h =
            ReadCell(row, dur_cell, ReadHours, "duration", "duration not read as hours; kept as attribute", m)) {
      m.duration_hours = *h;
    }
  }

  // The areas: those the row's words name, the places of its areas column
  // and of an "x 5: ..." list, each area when it says so, else the default.
  void ReadAreas(RowCells& row, Meeting& m) {
    const Cell areas_cell = CellOf(row, ImportField::kAreas);
    const Cell purpose = CellOf(row, ImportField::kPurpose);
    std::vector<std::string> areas =
        resolver_.FindAreas(absl::StrCat(m.name, " | ", areas_cell.text, " | ", purpose.text));
    AddAreasColumnPlaces(row, areas_cell, areas);
    const std::optional<int> times = TimesCount(absl::StrCat(m.name, " ", purpose.text, " ", areas_cell.text));
    const bool each = times.has_value() ||
                      MentionsEachArea(absl::StrCat(m.name, " | ", purpose.text, " | ",
                                                    CellOf(row, ImportField::kFrequency).text, " | ",
                                                    m.current_focus, " | ", areas_cell.text));
    if (times) AddCountedPlaces(row, areas_cell, purpose, areas);
    if (each && areas.empty()) areas = EachAreaWhenNoneNamed(row);
    if (each && !areas.empty()) {
      m.per_area = true;
      std::string names = absl::StrJoin(areas, ", ", [&](std::string* out, const std::string& id) {
        out->append(resolver_.AreaName(id));
      });
      Diagnostic d = At(Severity::kInfo, row.index, times ? purpose.column : SIZE_MAX, "",
                        absl::StrCat("read as held separately in each of ", areas.size(), " areas: ", names));
      if (!times) d.column = 0;
      d.understood = absl::StrCat("per_area over ", names);
      d.field = "areas";
      Add(std::move(d));
      if (times && *times != static_cast<int>(areas.size())) {
        Add(At(Severity::kWarning, row.index, purpose.column, purpose.text,
               absl::StrCat("the text says x ", *times, " but names ", areas.size(), " areas")));
      }
    }
    if (areas.empty() && !default_areas_.empty()) {
      areas = default_areas_;
      ++defaulted_;
    }
    for (const std::string& a : areas) m.areas.emplace_back(a);
    row.held_in_each_area = each;
  }

  // Places the areas column names that the register does not know yet
  // become areas of their own, each with a warning.
  void AddAreasColumnPlaces(const RowCells& row, const Cell& areas_cell, std::vector<std::string>& areas) {
    if (areas_cell.text.empty()) return;
    for (absl::string_view place : SplitOutsideParens(areas_cell.text, ",")) {
      for (absl::string_view p2 : SplitOutsideParens(place, ";")) {
        const absl::string_view p = Trim(p2, true);
        if (p.empty() || p.size() > 80) continue;
        if (std::vector<std::string> known = resolver_.FindAreas(p); !known.empty()) {
          for (const std::string& id : known) {
            if (!absl::c_linear_search(areas, id)) areas.push_back(id);
          }
          continue;
        }
        const std::string id = resolver_.AddArea(p, AreaKind::kOther);
        areas.push_back(id);
        Add(At(Severity::kWarning, row.index, areas_cell.column, std::string(p),
               absl::StrCat("place \"", Clip(p), "\" is not an area of the base register; added as area \"", id,
                            "\"")));
      }
    }
  }

  // "x 5: Bristol, South Glos, ...": places the register does not know yet.
  void AddCountedPlaces(const RowCells& row, const Cell& areas_cell, const Cell& purpose,
                        std::vector<std::string>& areas) {
    const std::string& where = !areas_cell.text.empty() ? areas_cell.text : purpose.text;
    const size_t colon = where.find(':');
    if (colon == std::string::npos) return;
    for (absl::string_view place : SplitOutsideParens(absl::string_view(where).substr(colon + 1), ",")) {
      for (absl::string_view p2 : SplitOutsideParens(place, " and ")) {
        const absl::string_view p = Trim(p2, true);
        if (p.empty() || p.size() > 80 || !resolver_.FindAreas(p).empty()) continue;
        const std::string id = resolver_.AddArea(p, AreaKind::kLocality);
        areas.push_back(id);
        Add(At(Severity::kWarning, row.index,
               areas_cell.column != SIZE_MAX && !areas_cell.text.empty() ? areas_cell.column : purpose.column,
               std::string(p),
               absl::StrCat("place \"", Clip(p), "\" is not an area of the base register; added as locality \"", id,
                            "\"")));
      }
    }
  }

  // The areas of a meeting held in each area that names none.
  std::vector<std::string> EachAreaWhenNoneNamed(const RowCells& row) {
    std::vector<std::string> areas = resolver_.AreasOfKind(AreaKind::kLocalAuthority);
    if (areas.empty()) {
      // With no local authority areas (no base register, or a base that
      // was itself imported from a table), the places a row lists
      // ("Locality based meetings x 5: Bristol, South Glos, ...") are the
      // register's local areas.
      areas = resolver_.AreasOfKind(AreaKind::kLocality);
      if (!areas.empty()) {
        Add(At(Severity::kInfo, row.index, SIZE_MAX, "",
               absl::StrCat("\"each area\" read as the ", areas.size(),
                            " places named as localities (the register has no local authority areas)")));
        diagnostics_.back().column = 0;
      }
    }
    if (areas.empty()) {
      Add(At(Severity::kWarning, row.index, SIZE_MAX, "",
             "the meeting is held in each area, but the register has no local authority areas to hold it in"));
      diagnostics_.back().column = 0;
    }
    return areas;
  }

  void ReadParticipants(const RowCells& row, Meeting& m) {
    const Cell parts_cell = CellOf(row, ImportField::kParticipants);
    if (parts_cell.text.empty()) return;
    m.attributes["key_participants"] = parts_cell.text;
    ParticipantOptions po;
    for (const Ref<Area>& a : m.areas) po.areas.push_back(a.id);
    po.provenance = absl::StrCat("row ", table_.first_row + 1 + row.index);
    ParticipantsResult pr = ParseParticipants(parts_cell.text, resolver_, po);
    m.participants = std::move(pr.participants);
    AddFindings(pr.findings, row.index, parts_cell.column);
  }

  // The lead, and the chair and attendees the lead's cell names.
  void ReadLead(const RowCells& row, Meeting& m) {
    const Cell lead_cell = CellOf(row, ImportField::kLead);
    if (lead_cell.text.empty()) return;
    LeadOptions lo;
    lo.joint = joint_;
    LeadResult lr = ParseLead(lead_cell.text, resolver_, lo);
    m.lead = std::move(lr.lead);
    m.chair = lr.chair;
    m.chair_note = lr.chair_note;
    AddFindings(lr.findings, row.index, lead_cell.column);
    for (const Party& p : lr.attending) {
      const bool present = absl::c_any_of(m.participants, [&](const Participant& q) {
        return resolver_.OrganisationOf(q.party) == resolver_.OrganisationOf(p) && !q.party.organisation.empty();
      });
      if (!present) m.participants.push_back({p, ParticipationType::kAttendee, 1, lead_cell.text});
    }
  }

  void ReadChair(const RowCells& row, Meeting& m) {
    const Cell chair_cell = CellOf(row, ImportField::kChair);
    if (chair_cell.text.empty()) return;
    Resolution res = resolver_.Resolve(chair_cell.text);
    if (res.parties.size() == 1) {
      m.chair = res.parties[0];
      if (res.quality >= MatchQuality::kJudged) {
        Add(At(Severity::kInfo, row.index, chair_cell.column, chair_cell.text,
               absl::StrCat("chair read as ", resolver_.Describe(m.chair), " (", res.explanation, ")")));
      }
    } else {
      m.chair_note = chair_cell.text;
      Diagnostic d = At(Severity::kError, row.index, chair_cell.column, chair_cell.text,
                        absl::StrCat("chair \"", Clip(chair_cell.text), "\" not recognised; kept as the chair note"));
      d.suggestion = resolver_.Suggest(chair_cell.text);
      Add(std::move(d));
    }
  }

  // The cadence from the frequency cell; an unreadable one is kept as an
  // unknown cadence.
  void ReadFrequency(const RowCells& row, Meeting& m) {
    const Cell freq = CellOf(row, ImportField::kFrequency);
    if (freq.text.empty()) return;
    absl::StatusOr<Cadence> c = freq.text.size() <= 1000
                                    ? ParseCadence(freq.text)
                                    : absl::StatusOr<Cadence>(absl::InvalidArgumentError("too long"));
    if (!c.ok()) {
      m.cadence = Cadence::Unknown(freq.text);
      Diagnostic d = At(Severity::kError, row.index, freq.column, freq.text,
                        absl::StrCat("frequency not understood: ", c.status().message(),
                                     "; kept as an unknown cadence"));
      d.understood = "unknown";
      Add(std::move(d));
      return;
    }
    m.cadence = *std::move(c);
    if (!m.cadence.note().empty()) {
      Diagnostic d =
          At(Severity::kInfo, row.index, freq.column, freq.text, absl::StrCat("\"", Clip(freq.text), "\": ", m.cadence.note()));
      d.understood = m.cadence.Describe();
      Add(std::move(d));
    }
    for (size_t j = 0; j < m.cadence.exceptions().size(); ++j) {
      PlaceCadenceException(row, freq, m.cadence.exceptions()[j].area, m);
    }
  }

  // The area a cadence's exception names ("except South Glos – three times
  // a year"), made an area of the register and of the meeting if need be.
  void PlaceCadenceException(const RowCells& row, const Cell& freq, const std::string& where, Meeting& m) {
    std::vector<std::string> found = resolver_.FindAreas(where);
    std::string id = found.size() == 1 ? found[0] : "";
    if (id.empty()) {
      id = resolver_.AddArea(where, AreaKind::kOther);
      Add(At(Severity::kWarning, row.index, freq.column, where,
             absl::StrCat("\"", Clip(where), "\" in the frequency is not an area of the register; added as area \"",
                          id, "\"")));
    }
    if (m.areas.empty() && row.held_in_each_area) {
      // Held in each area of a register that names none: the exception
      // is one of those areas, not the meeting's only one.
      Add(At(Severity::kInfo, row.index, freq.column, where,
             absl::StrCat("the frequency has an exception for \"", Clip(where),
                          "\", one of the areas the meeting is held in; the meeting's areas are left unknown")));
    } else if (!absl::c_any_of(m.areas, [&](const Ref<Area>& a) { return a.id == id; })) {
      m.areas.emplace_back(id);
      Add(At(Severity::kWarning, row.index, freq.column, where,
             absl::StrCat("the frequency has an exception for \"", Clip(where),
                          "\", which is not one of the meeting's areas; the area was added to the meeting")));
    }
  }

  // Level, when neither the table nor the meeting's words say: a meeting of
  // chief officers, chief executives, directors and elected leaders, or a
  // statutory board, is strategic.
  void InferLevel(const RowCells& row, Meeting& m) const {
    if (m.level != Level::kUnknown || !CellOf(row, ImportField::kLevel).text.empty()) return;
    std::vector<std::string> senior;
    auto consider = [&](const Party& p) {
      if (!p.role.empty() && IsSeniorRole(p.role.id) && !absl::c_linear_search(senior, p.role.id)) senior.push_back(p.role.id);
    };
    for (const Participant& p : m.participants) consider(p.party);
    consider(m.chair);
    if (!senior.empty()) {
      m.level = Level::kStrategic;
      m.attributes["level_inferred"] = absl::StrCat("strategic: senior participants (", absl::StrJoin(senior, ", "), ")");
    } else if (m.statutory) {
      m.level = Level::kStrategic;
      m.attributes["level_inferred"] = "strategic: a statutory board";
    }
  }

  // Topics: a Topics column, each item a glossary topic (by id, name or
  // pattern) or a topic of its own.
  void ReadTopics(const RowCells& row, Meeting& m) {
    const Cell topics_cell = CellOf(row, ImportField::kTopics);
    for (absl::string_view item : absl::StrSplit(topics_cell.text, absl::ByAnyChar(",;|"), absl::SkipWhitespace())) {
      const std::string text(Trim(item, true));
      const std::string id = TopicNamed(row, topics_cell.column, text);
      if (id.empty()) continue;
      if (!absl::c_any_of(m.topics, [&](const Ref<Topic>& t) { return t.id == id; })) m.topics.emplace_back(id);
    }
  }

  // The topic a Topics item names: a glossary topic, one of the base
  // register's, or a new one; "" when the item gives no id.
  std::string TopicNamed(const RowCells& row, size_t topics_col, const std::string& text) {
    std::string id;
    if (const TopicGlossaryEntry* e = topics_.Find(text); e != nullptr) {
      id = e->id;
    } else {
      for (const TopicGlossaryEntry& e2 : topics_.entries()) {
        if (AliasKey(e2.name) == AliasKey(text)) id = e2.id;
      }
      if (id.empty()) {
        if (const std::vector<InferredTopic> hit = topics_.Infer({{"topics", text}}); hit.size() == 1) id = hit[0].id;
      }
    }
    if (!id.empty()) {
      AddTopics(id);
      return id;
    }
    if (options_.base != nullptr && options_.base->FindTopic(Slugify(text))) return Slugify(text);
    id = Slugify(Clip(text, 60));
    if (id.empty()) return id;
    if (!absl::c_any_of(new_topics_, [&](const Topic& t) { return t.id == id; })) {
      Topic t;
      t.id = id;
      t.name = text;
      t.attributes["import"] = "named in the table";
      new_topics_.push_back(std::move(t));
      Add(At(Severity::kInfo, row.index, topics_col, text,
             absl::StrCat("topic \"", Clip(text), "\" is not in the topic glossary; added as topic \"", id, "\"")));
    }
    return id;
  }

  // Topics, from the meeting's own words, when the table gives none.
  void InferTopics(Meeting& m) {
    if (!options_.infer_topics || !m.topics.empty()) return;
    const std::vector<InferredTopic> inferred =
        topics_.Infer({{"name", m.name}, {"purpose", m.purpose}, {"current focus", m.current_focus}});
    std::vector<std::string> evidence;
    for (const InferredTopic& t : inferred) {
      m.topics.emplace_back(t.id);
      evidence.push_back(absl::StrCat(t.id, ": ", t.evidence));
      AddTopics(t.id);
    }
    if (!evidence.empty()) m.attributes["topics_inferred"] = absl::StrJoin(evidence, "; ");
  }

  // The reporting line, resolved once every row is read.
  void ReadReportsTo(const RowCells& row) {
    const Cell reports_cell = CellOf(row, ImportField::kReportsTo);
    if (!reports_cell.text.empty()) {
      reports_to_.push_back({meetings_.size(), row.index, reports_cell.column, reports_cell.text});
    }
  }

  // Everything else as attributes.
  void KeepOtherCellsAsAttributes(const RowCells& row, Meeting& m) const {
    for (size_t c = 0; c < row.cells.size(); ++c) {
      const std::string value(Trim(row.cells[c]));
      if (value.empty()) continue;
      if (c >= columns_.size()) {
        m.attributes[absl::StrCat("column_", c + 1)] = value;
      } else if (columns_[c].field == ImportField::kAttribute) {
        m.attributes[columns_[c].attribute] = value;
      }
    }
  }

  // A glossary topic and its ancestors, for the register (once each).
  void AddTopics(const std::string& id) {
    for (Topic& topic : topics_.TopicsFor(id)) {
      if (options_.base != nullptr && options_.base->FindTopic(topic.id)) continue;
      if (!absl::c_any_of(new_topics_, [&](const Topic& x) { return x.id == topic.id; })) {
        new_topics_.push_back(std::move(topic));
      }
    }
  }

  // The statutory board a meeting's name ends with, if any: "Selby CSP" ->
  // "Community Safety Partnerships". Bracketed parts are set aside.
  std::optional<std::string> StatutoryBoardIn(absl::string_view name) const {
    const std::vector<std::string> words = import_internal::Words(WithoutParens(name));
    for (size_t k = 0; k < words.size(); ++k) {
      for (const AliasEntry* e : aliases_.Find(import_internal::JoinWords(words, k, words.size()))) {
        if (e->target == AliasTarget::kOrganisation && e->kind == OrganisationKind::kStatutoryBoard) return e->name;
      }
    }
    return std::nullopt;
  }

  // A row with only its name filled, in a table where most rows fill more,
  // whose name has no word for a kind of meeting ("board", "group", ...).
  bool IsSectionHeading(size_t r, size_t name_col, const std::string& name) const {
    const auto filled = [](const std::vector<std::string>& cells) {
      return absl::c_count_if(cells, [](const std::string& c) { return !Trim(c).empty(); });
    };
    if (filled(table_.rows[r]) != 1 || KindFromName(name).has_value()) return false;
    if (name_col >= table_.rows[r].size() || Trim(table_.rows[r][name_col]).empty()) return false;
    const size_t fuller = absl::c_count_if(table_.rows, [&](const std::vector<std::string>& cells) { return filled(cells) > 1; });
    return 2 * fuller >= table_.rows.size();
  }

  void ResolveReportsTo() {
    for (const PendingReport& p : reports_to_) {
      Meeting& m = meetings_[p.meeting];
      const std::string key = AliasKey(p.text);
      std::string id;
      for (const Meeting& other : meetings_) {
        if (AliasKey(other.name) == key || other.id == p.text) id = other.id;
      }
      if (id.empty() && options_.base != nullptr) {
        if (auto h = options_.base->LookupMeeting(p.text); h.ok()) id = options_.base->meeting(*h).id;
      }
      if (id == m.id) id.clear();
      if (id.empty()) {
        m.attributes["reports_to"] = p.text;
        Add(At(Severity::kError, p.row, p.column, p.text,
               absl::StrCat("reports to \"", Clip(p.text), "\": no such meeting in the table or the base register; "
                            "kept as attribute \"reports_to\"")));
      } else {
        m.reports_to = id;
      }
    }
  }

  // A participant that names other meetings of the table ("the Local
  // Criminal Justice Board", "members of the Safer Communities Partnership",
  // "the seven community safety partnerships") stands for their members.
  void MembershipByReference() {
    // Each meeting by its name's key, and by that key without the words of
    // its own areas ("Craven CSP" is also a "community safety partnership").
    absl::flat_hash_map<std::string, std::vector<size_t>> by_key;
    for (size_t i = 0; i < meetings_.size(); ++i) {
      const std::string key = BodyKey(WithoutParens(meetings_[i].name));
      by_key[key].push_back(i);
      absl::flat_hash_set<std::string> places;
      for (const Ref<Area>& a : meetings_[i].areas) {
        for (absl::string_view w : absl::StrSplit(NormaliseName(resolver_.AreaName(a.id)), ' ', absl::SkipEmpty())) {
          places.insert(std::string(w));
        }
      }
      const std::string generic_key =
          FunctionKey(meetings_[i].name, [&](absl::string_view w) { return places.contains(w); });
      if (generic_key != key && !generic_key.empty()) by_key[generic_key].push_back(i);
    }
    for (size_t i = 0; i < meetings_.size(); ++i) {
      Meeting& m = meetings_[i];
      std::vector<Participant> out;
      bool changed = false;
      for (const Participant& p : m.participants) {
        std::string words = NormaliseName(WithoutParens(p.note));
        for (absl::string_view lead : {"members of ", "member of ", "representatives of ", "the "}) {
          if (absl::StartsWith(words, lead)) words = words.substr(lead.size());
        }
        std::vector<std::string> kept;
        for (absl::string_view w : absl::StrSplit(words, ' ', absl::SkipEmpty())) {
          if (!IsNumberWord(w) && w != "the" && w != "all") kept.emplace_back(w);
        }
        const auto it = by_key.find(BodyKey(absl::StrJoin(kept, " ")));
        std::vector<size_t> refs;
        if (it != by_key.end()) {
          for (size_t q : it->second) {
            if (q != i && !meetings_[q].participants.empty()) refs.push_back(q);
          }
        }
        if (refs.empty()) {
          out.push_back(p);
          continue;
        }
        changed = true;
        std::vector<std::string> names;
        for (size_t q : refs) {
          names.push_back(meetings_[q].name);
          for (const Participant& member : meetings_[q].participants) {
            if (absl::c_any_of(out, [&](const Participant& x) { return x.party == member.party; })) continue;
            Participant copy = member;
            if (copy.type == ParticipationType::kChair) copy.type = ParticipationType::kMember;
            copy.note = absl::StrCat(p.note, " (a member of ", meetings_[q].name, ")");
            out.push_back(std::move(copy));
          }
        }
        Diagnostic d = TableDiagnostic(Severity::kInfo, 0, 0, 0, "", "participants", p.note, absl::StrJoin(names, "; "), "",
                     absl::StrCat("\"", p.note, "\" in ", m.name, " read as the members of ", absl::StrJoin(names, ", ")));
        Add(std::move(d));
      }
      if (changed) m.participants = std::move(out);
    }
  }

  static bool IsNumberWord(absl::string_view w) {
    static constexpr absl::string_view kNumbers[] = {"two", "three", "four", "five", "six", "seven", "eight",
                                                     "nine", "ten", "eleven", "twelve", "both", "each"};
    if (!w.empty() && absl::c_all_of(w, [](char c) { return absl::ascii_isdigit(static_cast<unsigned char>(c)); })) {
      return true;
    }
    return absl::c_linear_search(kNumbers, w);
  }

  // One body written several ways becomes one organisation
  // (entity_resolution.h); every reference moves to the one kept, and each
  // merge is a diagnostic with its evidence.
  void MergeMentions(std::vector<Organisation>& organisations, std::vector<Role>& roles) {
    std::vector<std::string> generic;
    for (const Organisation& o : organisations) {
      if (auto it = o.attributes.find("import"); it != o.attributes.end() && absl::StartsWith(it->second, "alias:")) {
        generic.push_back(o.id);
      }
    }
    EntityResolutionOptions ero;
    ero.keep_apart = options_.keep_apart;
    const std::vector<EntityMerge> merges = FindOrganisationMerges(organisations, generic, ero);
    if (merges.empty()) return;
    absl::flat_hash_map<std::string, std::string> into;
    for (const EntityMerge& m : merges) into[m.from] = m.into;
    auto move = [&](Ref<Organisation>& ref) {
      if (auto it = into.find(ref.id); it != into.end()) ref = Ref<Organisation>(it->second);
    };
    auto move_all = [&](std::vector<Ref<Organisation>>& refs) {
      for (Ref<Organisation>& r : refs) move(r);
      std::vector<Ref<Organisation>> unique;
      for (const Ref<Organisation>& r : refs) {
        if (!absl::c_any_of(unique, [&](const Ref<Organisation>& u) { return u.id == r.id; })) unique.push_back(r);
      }
      refs = std::move(unique);
    };
    for (Meeting& m : meetings_) {
      for (Participant& p : m.participants) move(p.party.organisation);
      move(m.chair.organisation);
      move_all(m.lead.organisations);
      move_all(m.lead.supporting);
    }
    for (Role& r : roles) move(r.organisation);
    absl::flat_hash_map<std::string, size_t> index;
    for (size_t i = 0; i < organisations.size(); ++i) index[organisations[i].id] = i;
    for (const EntityMerge& m : merges) {
      Organisation& kept = organisations[index.at(m.into)];
      const Organisation& gone = organisations[index.at(m.from)];
      for (const std::string& a : gone.aliases) kept.aliases.push_back(a);
      kept.aliases.push_back(gone.name);
      kept.attributes[absl::StrCat("merged:", m.from)] = m.evidence;
      Diagnostic d = TableDiagnostic(Severity::kInfo, 0, 0, 0, "", "participants", m.from_name, m.into_name, "",
                   absl::StrCat("\"", m.from_name, "\" and \"", m.into_name, "\" read as one organisation (",
                                m.rule, "): ", m.evidence, "; to keep them apart, name either in keep_apart (--keep-apart on the command line)"));
      Add(std::move(d));
    }
    // Aliases unique, and none equal to the kept name.
    for (Organisation& o : organisations) {
      std::vector<std::string> unique;
      for (const std::string& a : o.aliases) {
        if (AliasKey(a) == AliasKey(o.name)) continue;
        if (!absl::c_any_of(unique, [&](const std::string& u) { return AliasKey(u) == AliasKey(a); })) unique.push_back(a);
      }
      o.aliases = std::move(unique);
    }
    std::erase_if(organisations, [&](const Organisation& o) { return into.contains(o.id); });
  }

  absl::StatusOr<ImportResult> Finish() {
    RegisterBuilder b = options_.base != nullptr ? RegisterBuilder(*options_.base) : RegisterBuilder();
    if (!options_.info.title.empty() || options_.base == nullptr) b.SetInfo(options_.info);
    for (const Area& a : resolver_.new_areas()) b.AddArea(a);
    for (const Topic& t : new_topics_) b.AddTopic(t);
    std::vector<Organisation> organisations = resolver_.new_organisations();
    std::vector<Role> roles = resolver_.new_roles();
    MergeMentions(organisations, roles);
    MembershipByReference();
    for (const Organisation& o : organisations) b.AddOrganisation(o);
    for (const Role& r : roles) b.AddRole(r);
    for (const Person& p : resolver_.new_people()) b.AddPerson(p);
    for (Meeting& m : meetings_) b.AddMeeting(std::move(m));
    absl::StatusOr<Register> reg = std::move(b).Build();
    if (!reg.ok()) {
      return absl::InternalError(absl::StrCat("the imported register does not build: ", reg.status().message()));
    }
    ImportResult result{*std::move(reg), std::move(diagnostics_)};
    if (options_.strict && result.has_errors()) return StrictImportError(result.diagnostics);
    return result;
  }

  struct PendingReport {
    size_t meeting;
    size_t row;
    size_t column;
    std::string text;
  };

  const TextTable& table_;
  const ImportOptions& options_;
  const AliasTable& aliases_;
  Resolver resolver_;
  std::vector<Column> columns_;
  std::string lead_heading_;
  std::vector<std::string> joint_;
  std::vector<std::string> default_areas_;
  int defaulted_ = 0;
  absl::flat_hash_map<std::string, size_t> used_ids_;
  absl::flat_hash_map<std::string, int> names_;
  std::vector<Meeting> meetings_;
  std::string section_;  ///< the last section heading row, if any
  const TopicGlossary& topics_ = TopicGlossary::Builtin();
  std::vector<Topic> new_topics_;
  std::vector<PendingReport> reports_to_;
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace

namespace internal {
template <>
struct EnumNames<ImportField> {
  static constexpr std::string_view kWhat = "import field";
  static constexpr std::pair<ImportField, std::string_view> kTable[] = {
      {ImportField::kId, "id"},
      {ImportField::kName, "name"},
      {ImportField::kLead, "lead"},
      {ImportField::kChair, "chair"},
      {ImportField::kPurpose, "purpose"},
      {ImportField::kParticipants, "participants"},
      {ImportField::kFrequency, "frequency"},
      {ImportField::kCurrentFocus, "current_focus"},
      {ImportField::kLevel, "level"},
      {ImportField::kAreas, "areas"},
      {ImportField::kKind, "kind"},
      {ImportField::kStatus, "status"},
      {ImportField::kDurationHours, "duration_hours"},
      {ImportField::kReportsTo, "reports_to"},
      {ImportField::kStatutory, "statutory"},
      {ImportField::kTopics, "topics"},
      {ImportField::kAttribute, "attribute"},
      {ImportField::kIgnore, "ignore"},
  };
};
}  // namespace internal

std::string_view Name(ImportField v) { return internal::NameOf(v, "attribute"); }

absl::StatusOr<ImportField> ParseImportField(absl::string_view name) {
  static constexpr ImportField kAll[] = {
      ImportField::kId,        ImportField::kName,          ImportField::kLead,      ImportField::kChair,
      ImportField::kPurpose,   ImportField::kParticipants,  ImportField::kFrequency, ImportField::kCurrentFocus,
      ImportField::kLevel,     ImportField::kAreas,         ImportField::kKind,      ImportField::kStatus,
      ImportField::kDurationHours, ImportField::kReportsTo, ImportField::kStatutory, ImportField::kTopics, ImportField::kAttribute,
      ImportField::kIgnore};
  std::vector<std::string> names;
  for (ImportField f : kAll) {
    if (AV(Name(f)) == name) return f;
    names.emplace_back(AV(Name(f)));
  }
  if (name == "cadence") return ImportField::kFrequency;
  if (name == "focus") return ImportField::kCurrentFocus;
  if (name == "duration") return ImportField::kDurationHours;
  return absl::InvalidArgumentError(
      absl::StrCat("unknown field \"", name, "\" (expected one of ", absl::StrJoin(names, ", "), ")"));
}

bool ImportResult::has_errors() const {
  return absl::c_any_of(diagnostics, [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

absl::StatusOr<ImportResult> ImportTable(const TextTable& table, const ImportOptions& options) {
  return Importer(table, options).Run();
}

absl::StatusOr<ImportResult> ImportCsv(absl::string_view text, const ImportOptions& options) {
  absl::StatusOr<CsvTable> csv = ParseCsv(text, options.csv);
  if (!csv.ok()) return csv.status();
  TextTable table;
  size_t first = 0;
  while (first < csv->records.size() && csv->records[first].blank()) ++first;
  if (first == csv->records.size()) {
    return absl::InvalidArgumentError("the table is empty: there is no header row");
  }
  table.header = csv->records[first].fields;
  table.first_row = static_cast<int>(first) + 1;
  for (size_t i = first + 1; i < csv->records.size(); ++i) {
    table.rows.push_back(std::move(csv->records[i].fields));
    table.lines.push_back(csv->records[i].line);
  }
  absl::StatusOr<ImportResult> result = ImportTable(table, options);
  if (!result.ok()) return result;
  std::vector<Diagnostic> warnings;
  for (const CsvWarning& w : csv->warnings) {
    Diagnostic d;
    d.severity = Severity::kWarning;
    d.scope = "table";
    d.row = w.record;
    d.line = w.line;
    d.column = w.field;
    d.message = absl::StrCat("CSV: ", w.message);
    warnings.push_back(std::move(d));
  }
  result->diagnostics.insert(result->diagnostics.begin(), warnings.begin(), warnings.end());
  return result;
}

absl::StatusOr<ImportResult> ImportCsvFile(const std::string& path, const ImportOptions& options) {
  return internal::LoadFile(path, [&](absl::string_view text) { return ImportCsv(text, options); });
}

GOVGRAPH_ENUM_VALUES(ImportField);

}  // namespace govgraph
