// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/io/json.h"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <new>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "govgraph/cadence.h"
#include "govgraph/model.h"
#include "govgraph/register_builder.h"
#include "internal/entity_check.h"
#include "internal/files.h"
#include "internal/json_text.h"
#include "internal/progress.h"
#include "io/json_fast.h"
#include "io/json_reader.h"

namespace govgraph {
namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

// The reader sees a JSON value through a view with the members below. It is
// the strict reader: it names every problem with its path. Valid text is
// loaded faster by io/json_fast.h, which falls back on this.

class NlohmannView {
 public:
  explicit NlohmannView(const Json& v) : v_(&v) {}

  bool is_object() const { return v_->is_object(); }
  bool is_array() const { return v_->is_array(); }
  bool is_string() const { return v_->is_string(); }
  bool is_boolean() const { return v_->is_boolean(); }
  bool is_number() const { return v_->is_number(); }
  bool is_number_integer() const { return v_->is_number_integer(); }
  const char* type_name() const { return v_->type_name(); }

  // The value of `key`, or nothing (also when this is not an object).
  std::optional<NlohmannView> find(absl::string_view key) const {
    auto it = v_->find(std::string_view(key.data(), key.size()));
    if (it == v_->end()) return std::nullopt;
    return NlohmannView(*it);
  }
  bool contains(absl::string_view key) const { return find(key).has_value(); }

  // fn(index, element) for each element of an array.
  template <class Fn>
  void ForEachElement(Fn fn) const {
    size_t i = 0;
    for (const Json& e : *v_) fn(i++, NlohmannView(e));
  }
  // fn(key, value) for each member of an object, in key order.
  template <class Fn>
  void ForEachMember(Fn fn) const {
    for (const auto& [key, value] : v_->items()) fn(absl::string_view(key), NlohmannView(value));
  }

  std::string string() const { return v_->get<std::string>(); }
  bool boolean() const { return v_->get<bool>(); }
  double number() const { return v_->get<double>(); }
  int64_t integer() const { return v_->get<int64_t>(); }
  std::string dump() const { return v_->dump(); }

 private:
  const Json* v_;
};

// Reads JSON values (through a view, above) into the model, collecting every
// problem with its path rather than stopping at the first.
template <class V>
class Reader {
 public:
  std::vector<Diagnostic>& problems() { return problems_; }

  void Fail(const std::string& path, std::string message) {
    problems_.push_back(Diagnostic::AtPath(path, std::move(message)));
  }

  // True when `v` is an object whose keys are all in `allowed`.
  bool CheckObject(const V& v, const std::string& path, std::initializer_list<absl::string_view> allowed) {
    if (!v.is_object()) {
      Fail(path, absl::StrCat("expected an object, found ", v.type_name()));
      return false;
    }
    v.ForEachMember([&](absl::string_view key, const V&) {
      bool known = false;
      for (absl::string_view a : allowed) known = known || key == a;
      if (!known) Fail(path, absl::StrCat("unknown field \"", key, "\""));
    });
    return true;
  }

  static std::string Child(const std::string& path, absl::string_view key) {
    return path.empty() ? std::string(key) : absl::StrCat(path, ".", key);
  }

  void String(const V& obj, const std::string& path, absl::string_view key, std::string& out) {
    std::optional<V> it = obj.find(key);
    if (!it) return;
    if (!it->is_string()) {
      Fail(Child(path, key), absl::StrCat("expected a string, found ", it->type_name()));
      return;
    }
    out = it->string();
  }

  void Bool(const V& obj, const std::string& path, absl::string_view key, bool& out) {
    std::optional<V> it = obj.find(key);
    if (!it) return;
    if (!it->is_boolean()) {
      Fail(Child(path, key), absl::StrCat("expected true or false, found ", it->type_name()));
      return;
    }
    out = it->boolean();
  }

  std::optional<double> Number(const V& v, const std::string& path) {
    if (!v.is_number()) {
      Fail(path, absl::StrCat("expected a number, found ", v.type_name()));
      return std::nullopt;
    }
    return v.number();
  }

  void Int(const V& obj, const std::string& path, absl::string_view key, int& out) {
    std::optional<V> it = obj.find(key);
    if (!it) return;
    if (!it->is_number_integer()) {
      Fail(Child(path, key), absl::StrCat("expected a whole number, found ", it->type_name()));
      return;
    }
    const int64_t value = it->integer();
    if (value < -1'000'000 || value > 1'000'000) {
      Fail(Child(path, key), "is out of range");
      return;
    }
    out = static_cast<int>(value);
  }

  void Strings(const V& obj, const std::string& path, absl::string_view key, std::vector<std::string>& out) {
    std::optional<V> it = obj.find(key);
    if (!it) return;
    const std::string here = Child(path, key);
    if (!it->is_array()) {
      Fail(here, absl::StrCat("expected an array of strings, found ", it->type_name()));
      return;
    }
    it->ForEachElement([&](size_t i, const V& e) {
      if (!e.is_string()) {
        Fail(absl::StrCat(here, "[", i, "]"), absl::StrCat("expected a string, found ", e.type_name()));
        return;
      }
      out.push_back(e.string());
    });
  }

  template <class T>
  void RefField(const V& obj, const std::string& path, absl::string_view key, Ref<T>& out) {
    String(obj, path, key, out.id);
  }

  template <class T>
  void RefList(const V& obj, const std::string& path, absl::string_view key, std::vector<Ref<T>>& out) {
    std::vector<std::string> ids;
    Strings(obj, path, key, ids);
    for (std::string& id : ids) out.emplace_back(std::move(id));
  }

  template <class E, class ParseFn>
  void Enum(const V& obj, const std::string& path, absl::string_view key, E& out, ParseFn parse) {
    std::optional<V> it = obj.find(key);
    if (!it) return;
    std::string name;
    String(obj, path, key, name);
    if (!it->is_string()) return;
    absl::StatusOr<E> value = parse(name);
    if (!value.ok()) {
      Fail(Child(path, key), std::string(value.status().message()));
      return;
    }
    out = *value;
  }

  void Attributes(const V& obj, const std::string& path, govgraph::Attributes& out) {
    std::optional<V> it = obj.find("attributes");
    if (!it) return;
    const std::string here = Child(path, "attributes");
    if (!it->is_object()) {
      Fail(here, absl::StrCat("expected an object of strings, found ", it->type_name()));
      return;
    }
    it->ForEachMember([&](absl::string_view key, const V& value) {
      if (!value.is_string()) {
        Fail(Child(here, key), absl::StrCat("expected a string, found ", value.type_name()));
        return;
      }
      out[std::string(key)] = value.string();
    });
  }

  void Common(const V& obj, const std::string& path, Entity& e) {
    if (!obj.contains("id")) Fail(path, "missing \"id\"");
    if (!obj.contains("name")) Fail(path, "missing \"name\"");
    String(obj, path, "id", e.id);
    String(obj, path, "name", e.name);
    Strings(obj, path, "aliases", e.aliases);
    Attributes(obj, path, e.attributes);
  }

  void Identifiers(const V& obj, const std::string& path, std::vector<Identifier>& out) {
    std::optional<V> it = obj.find("identifiers");
    if (!it) return;
    const std::string here = Child(path, "identifiers");
    if (!it->is_array()) {
      Fail(here, absl::StrCat("expected an array, found ", it->type_name()));
      return;
    }
    it->ForEachElement([&](size_t i, const V& e) {
      const std::string p = absl::StrCat(here, "[", i, "]");
      if (!CheckObject(e, p, {"scheme", "value"})) return;
      Identifier id;
      String(e, p, "scheme", id.scheme);
      String(e, p, "value", id.value);
      if (id.scheme.empty()) Fail(p + ".scheme", "is empty");
      if (id.value.empty()) Fail(p + ".value", "is empty");
      out.push_back(std::move(id));
    });
  }

  void PartyFields(const V& obj, const std::string& path, Party& out) {
    RefField(obj, path, "organisation", out.organisation);
    RefField(obj, path, "role", out.role);
    RefField(obj, path, "person", out.person);
  }

  void Participants(const V& obj, const std::string& path, std::vector<Participant>& out) {
    std::optional<V> it = obj.find("participants");
    if (!it) return;
    const std::string here = Child(path, "participants");
    if (!it->is_array()) {
      Fail(here, absl::StrCat("expected an array, found ", it->type_name()));
      return;
    }
    it->ForEachElement([&](size_t i, const V& e) {
      const std::string p = absl::StrCat(here, "[", i, "]");
      if (!CheckObject(e, p, {"organisation", "role", "person", "type", "seats", "note", "co_opted"})) return;
      Participant part;
      PartyFields(e, p, part.party);
      Enum(e, p, "type", part.type, ParseParticipationType);
      Int(e, p, "seats", part.seats);
      String(e, p, "note", part.note);
      Bool(e, p, "co_opted", part.co_opted);
      out.push_back(std::move(part));
    });
  }

  void LeadField(const V& obj, const std::string& path, Lead& out) {
    std::optional<V> it = obj.find("lead");
    if (!it) return;
    const std::string here = Child(path, "lead");
    if (it->is_string()) {
      out.organisations.emplace_back(it->string());
    } else if (it->is_array()) {
      RefList(obj, path, "lead", out.organisations);
    } else if (CheckObject(*it, here, {"organisations", "supporting", "text"})) {
      RefList(*it, here, "organisations", out.organisations);
      RefList(*it, here, "supporting", out.supporting);
      String(*it, here, "text", out.text);
    }
  }

  void CadenceField(const V& obj, const std::string& path, Cadence& out) {
    std::optional<V> it = obj.find("cadence");
    if (!it) return;
    const std::string here = Child(path, "cadence");
    if (it->is_string()) {
      absl::StatusOr<Cadence> parsed = ParseCadence(it->string());
      if (!parsed.ok()) {
        Fail(here, absl::StrCat(parsed.status().message(),
                                " (write {\"kind\": \"unknown\", \"text\": ...} to keep it as unknown)"));
        return;
      }
      out = *std::move(parsed);
      return;
    }
    if (!CheckObject(*it, here, {"kind", "per_year", "text", "note", "exceptions"})) return;
    if (!it->contains("kind")) {
      Fail(here, "missing \"kind\"");
      return;
    }
    Cadence::Kind kind = Cadence::Kind::kUnknown;
    Enum(*it, here, "kind", kind, ParseCadenceKind);
    std::optional<double> per_year;
    if (std::optional<V> p = it->find("per_year")) per_year = Number(*p, here + ".per_year");
    std::string text, note;
    String(*it, here, "text", text);
    String(*it, here, "note", note);
    switch (kind) {
      case Cadence::Kind::kRegular:
        if (!per_year) {
          Fail(here, "a regular cadence needs \"per_year\"");
          return;
        }
        out = Cadence::Regular(*per_year, text);
        break;
      case Cadence::Kind::kVaries:
        out = Cadence::Varies(per_year, text);
        break;
      case Cadence::Kind::kAdHoc:
      case Cadence::Kind::kUnknown:
        if (per_year) {
          Fail(here + ".per_year", absl::StrCat("a cadence of kind \"", std::string(Name(kind)),
                                                "\" has no meetings a year"));
        }
        out = kind == Cadence::Kind::kAdHoc ? Cadence::AdHoc(text) : Cadence::Unknown(text);
        break;
    }
    out.set_note(note);
    if (std::optional<V> ex = it->find("exceptions")) {
      const std::string p = here + ".exceptions";
      if (!ex->is_array()) {
        Fail(p, absl::StrCat("expected an array, found ", ex->type_name()));
        return;
      }
      ex->ForEachElement([&](size_t i, const V& e) {
        const std::string ep = absl::StrCat(p, "[", i, "]");
        if (!CheckObject(e, ep, {"area", "per_year"})) return;
        std::string area;
        String(e, ep, "area", area);
        std::optional<double> rate;
        if (std::optional<V> r = e.find("per_year")) {
          rate = Number(*r, ep + ".per_year");
        } else {
          Fail(ep, "missing \"per_year\"");
        }
        if (area.empty()) Fail(ep + ".area", "is empty");
        if (rate) out.AddException(area, *rate);
      });
    }
  }

  void Date(const V& obj, const std::string& path, absl::string_view key, std::optional<absl::CivilDay>& out) {
    std::optional<V> it = obj.find(key);
    if (!it) return;
    std::string text;
    String(obj, path, key, text);
    absl::CivilDay day;
    if (!it->is_string()) return;
    if (text.size() != 10 || !absl::ParseCivilTime(text, &day)) {
      Fail(Child(path, key), absl::StrCat("expected a date as YYYY-MM-DD, found \"", text, "\""));
      return;
    }
    out = day;
  }

  // One element of "organisations"; nothing when it is not an object.
  std::optional<Organisation> ReadOrganisation(const V& v, const std::string& p) {
    Organisation o;
    if (!CheckObject(v, p, {"id", "name", "aliases", "attributes", "kind", "areas", "parent", "identifiers"})) {
      return std::nullopt;
    }
    Common(v, p, o);
    Enum(v, p, "kind", o.kind, ParseOrganisationKind);
    RefList(v, p, "areas", o.areas);
    RefField(v, p, "parent", o.parent);
    Identifiers(v, p, o.identifiers);
    return o;
  }

  // One element of "meetings"; nothing when it is not an object.
  std::optional<Meeting> ReadMeeting(const V& v, const std::string& p) {
    Meeting m;
    if (!CheckObject(v, p, {"id", "name", "aliases", "attributes", "kind", "lead", "chair", "chair_note", "purpose",
                            "current_focus", "participants", "cadence", "duration_hours", "level", "areas",
                            "per_area", "statutory", "status", "reports_to", "topics"})) {
      return std::nullopt;
    }
    Common(v, p, m);
    Enum(v, p, "kind", m.kind, ParseMeetingKind);
    LeadField(v, p, m.lead);
    if (std::optional<V> c = v.find("chair")) {
      if (CheckObject(*c, p + ".chair", {"organisation", "role", "person"})) PartyFields(*c, p + ".chair", m.chair);
    }
    String(v, p, "chair_note", m.chair_note);
    String(v, p, "purpose", m.purpose);
    String(v, p, "current_focus", m.current_focus);
    Participants(v, p, m.participants);
    CadenceField(v, p, m.cadence);
    if (std::optional<V> d = v.find("duration_hours")) m.duration_hours = Number(*d, p + ".duration_hours");
    Enum(v, p, "level", m.level, ParseLevel);
    RefList(v, p, "areas", m.areas);
    Bool(v, p, "per_area", m.per_area);
    Bool(v, p, "statutory", m.statutory);
    Enum(v, p, "status", m.status, ParseMeetingStatus);
    RefField(v, p, "reports_to", m.reports_to);
    RefList(v, p, "topics", m.topics);
    return m;
  }

  // Calls read(element, path) for each element of the array `key`.
  template <class Fn>
  void Array(const V& root, absl::string_view key, Fn read) {
    std::optional<V> it = root.find(key);
    if (!it) return;
    if (!it->is_array()) {
      Fail(std::string(key), absl::StrCat("expected an array, found ", it->type_name()));
      return;
    }
    it->ForEachElement([&](size_t i, const V& e) { read(e, absl::StrCat(key, "[", i, "]")); });
  }

 private:
  std::vector<Diagnostic> problems_;
};

// Everything of a register but its schema version: info, defaults and the
// entity arrays, in the order the format gives them.
template <class V>
void ReadSections(Reader<V>& r, const V& root, RegisterBuilder& b) {
  if (std::optional<V> it = root.find("info")) {
    RegisterInfo info;
    if (r.CheckObject(*it, "info", {"title", "description", "source", "date", "attributes"})) {
      r.String(*it, "info", "title", info.title);
      r.String(*it, "info", "description", info.description);
      r.String(*it, "info", "source", info.source);
      r.String(*it, "info", "date", info.date);
      r.Attributes(*it, "info", info.attributes);
    }
    b.SetInfo(std::move(info));
  }
  if (std::optional<V> it = root.find("defaults")) {
    RegisterDefaults defaults;
    if (r.CheckObject(*it, "defaults", {"meeting_duration_hours"})) {
      if (std::optional<V> d = it->find("meeting_duration_hours")) {
        if (auto v = r.Number(*d, "defaults.meeting_duration_hours")) defaults.meeting_duration_hours = *v;
      }
    }
    b.SetDefaults(defaults);
  }

  r.Array(root, "areas", [&](const V& v, const std::string& p) {
    Area a;
    if (!r.CheckObject(v, p, {"id", "name", "aliases", "attributes", "kind", "parent", "identifiers"})) return;
    r.Common(v, p, a);
    r.Enum(v, p, "kind", a.kind, ParseAreaKind);
    r.RefField(v, p, "parent", a.parent);
    r.Identifiers(v, p, a.identifiers);
    b.AddArea(std::move(a));
  });
  r.Array(root, "organisations", [&](const V& v, const std::string& p) {
    if (std::optional<Organisation> o = r.ReadOrganisation(v, p)) b.AddOrganisation(*std::move(o));
  });
  r.Array(root, "roles", [&](const V& v, const std::string& p) {
    Role role;
    if (!r.CheckObject(v, p, {"id", "name", "aliases", "attributes", "organisation", "elected"})) return;
    r.Common(v, p, role);
    r.RefField(v, p, "organisation", role.organisation);
    r.Bool(v, p, "elected", role.elected);
    b.AddRole(std::move(role));
  });
  r.Array(root, "people", [&](const V& v, const std::string& p) {
    Person person;
    if (!r.CheckObject(v, p, {"id", "name", "aliases", "attributes", "roles"})) return;
    r.Common(v, p, person);
    r.RefList(v, p, "roles", person.roles);
    b.AddPerson(std::move(person));
  });
  r.Array(root, "topics", [&](const V& v, const std::string& p) {
    Topic t;
    if (!r.CheckObject(v, p, {"id", "name", "aliases", "attributes", "parent"})) return;
    r.Common(v, p, t);
    r.RefField(v, p, "parent", t.parent);
    b.AddTopic(std::move(t));
  });
  r.Array(root, "meetings", [&](const V& v, const std::string& p) {
    if (std::optional<Meeting> m = r.ReadMeeting(v, p)) b.AddMeeting(*std::move(m));
  });
  r.Array(root, "initiatives", [&](const V& v, const std::string& p) {
    Initiative in;
    if (!r.CheckObject(v, p, {"id", "name", "aliases", "attributes", "lead", "purpose",
                              "participants", "priorities", "areas", "status", "start_date",
                              "end_date"})) {
      return;
    }
    r.Common(v, p, in);
    r.LeadField(v, p, in.lead);
    r.String(v, p, "purpose", in.purpose);
    r.Participants(v, p, in.participants);
    r.RefList(v, p, "priorities", in.priorities);
    r.RefList(v, p, "areas", in.areas);
    r.Enum(v, p, "status", in.status, ParseInitiativeStatus);
    r.Date(v, p, "start_date", in.start_date);
    r.Date(v, p, "end_date", in.end_date);
    b.AddInitiative(std::move(in));
  });
  r.Array(root, "memberships", [&](const V& v, const std::string& p) {
    Membership m;
    if (!r.CheckObject(v, p, {"person", "meeting", "seat", "council", "party", "office", "leads", "substitute",
                              "substitute_for", "start_date", "end_date", "attributes"})) {
      return;
    }
    if (!v.contains("person")) r.Fail(p, "missing \"person\"");
    if (!v.contains("meeting")) r.Fail(p, "missing \"meeting\"");
    r.RefField(v, p, "person", m.person);
    r.RefField(v, p, "meeting", m.meeting);
    r.Enum(v, p, "seat", m.seat, ParseSeatKind);
    r.RefField(v, p, "council", m.council);
    r.String(v, p, "party", m.party);
    r.Enum(v, p, "office", m.office, ParseMemberOffice);
    r.RefList(v, p, "leads", m.leads);
    r.Bool(v, p, "substitute", m.substitute);
    r.RefField(v, p, "substitute_for", m.substitute_for);
    r.Date(v, p, "start_date", m.start_date);
    r.Date(v, p, "end_date", m.end_date);
    r.Attributes(v, p, m.attributes);
    b.AddMembership(std::move(m));
  });
}

// Reads a whole register into `b`: InvalidArgumentError for a problem of shape
// or a schema version this library does not read.
template <class V>
absl::Status ReadRegister(const V& root, RegisterBuilder& b) {
  Reader<V> r;
  if (!r.CheckObject(root, "", {"schema_version", "info", "defaults", "areas", "organisations",
                                "roles", "people", "topics", "meetings", "initiatives", "memberships"})) {
    return ProblemsToStatus(r.problems());
  }
  std::optional<V> version = root.find("schema_version");
  if (!version) {
    return absl::InvalidArgumentError(
        absl::StrCat("missing \"schema_version\" (this library reads version ", kRegisterSchemaVersion, ")"));
  }
  if (!version->is_number_integer() || version->integer() != kRegisterSchemaVersion) {
    return absl::InvalidArgumentError(absl::StrCat("schema_version: this library reads version ",
                                                   kRegisterSchemaVersion, ", found ", version->dump()));
  }
  ReadSections(r, root, b);
  // Shape problems first; reference problems only make sense once the shape is right.
  return ProblemsToStatus(r.problems());
}

// Parses and reads as the library always has: the strict parser
// (internal/json_text.h) to an nlohmann::json tree, then the reader.
absl::StatusOr<Register> ReadRegisterStrict(absl::string_view text) {
  absl::StatusOr<Json> root = internal::ParseJsonText(text);
  if (!root.ok()) return root.status();
  RegisterBuilder b;
  if (absl::Status s = ReadRegister(NlohmannView(*root), b); !s.ok()) return s;
  return std::move(b).Build();
}

// Build(), told as stage "building": one unit, as the builder says nothing as it goes.
absl::StatusOr<Register> BuildReported(RegisterBuilder b, const ProgressCallback& progress) {
  internal::StageProgress building(progress, "building", 1);
  return std::move(b).Build();
}

absl::StatusOr<Register> ParseRegisterJsonText(absl::string_view text, bool padded, const JsonReadOptions& options) {
  if (absl::Status size = internal::CheckInputSize(text); !size.ok()) return size;
  if (std::optional<RegisterBuilder> b = internal::ReadRegisterJsonFast(text, padded, options.progress)) {
    return BuildReported(std::move(*b), options.progress);
  }
  return ReadRegisterStrict(text);
}

// ---------------------------------------------------------------------------
// Writing. Members equal to their default are left out.
//
// The writer writes through a sink: TreeSink builds an ordered_json value
// (for writers of other formats, which re-shape it), TextSink writes the text
// that value's dump() would, byte for byte, without building it (several
// times faster, and a fraction of the memory). A sink has Key(k) before each
// member's value, Value(v), BeginObject/EndObject and BeginArray/EndArray.

class TreeSink {
 public:
  void BeginObject() { Open(OrderedJson::object()); }
  void BeginArray() { Open(OrderedJson::array()); }
  void EndObject() { open_.pop_back(); }
  void EndArray() { open_.pop_back(); }
  void Key(absl::string_view key) { key_ = std::string(key); }
  template <class T>
  void Value(const T& v) {
    Place(OrderedJson(v));
  }
  OrderedJson Take() { return std::move(root_); }

 private:
  OrderedJson* Place(OrderedJson v) {
    if (open_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    OrderedJson& parent = *open_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(v));
      return &parent.back();
    }
    OrderedJson& slot = parent[key_];
    slot = std::move(v);
    return &slot;
  }
  // A container stays where it was placed while it is open: only it grows.
  void Open(OrderedJson empty) { open_.push_back(Place(std::move(empty))); }

  OrderedJson root_;
  std::vector<OrderedJson*> open_;
  std::string key_;
};

// The text a TextSink writes. realloc() grows it: a large block's pages are
// remapped rather than copied, and none is touched twice.
class TextBuffer {
 public:
  TextBuffer() = default;
  TextBuffer(const TextBuffer&) = delete;
  TextBuffer& operator=(const TextBuffer&) = delete;
  ~TextBuffer() { std::free(data_); }

  void Append(const char* s, size_t n) {
    if (n > 0) std::memcpy(Extend(n), s, n);
  }
  void Append(absl::string_view s) { Append(s.data(), s.size()); }
  void Append(char c) { *Extend(1) = c; }
  absl::string_view view() const { return absl::string_view(data_, size_); }

 private:
  // `n` more bytes at the end, to be written.
  char* Extend(size_t n) {
    if (capacity_ - size_ < n) Grow(n);
    char* at = data_ + size_;
    size_ += n;
    return at;
  }
  void Grow(size_t n) {
    const size_t capacity = std::max({capacity_ * 2, size_ + n, size_t{1} << 16});
    void* grown = std::realloc(data_, capacity);
    if (grown == nullptr) throw std::bad_alloc();  // as std::string would
    data_ = static_cast<char*>(grown);
    capacity_ = capacity;
  }

  char* data_ = nullptr;
  size_t size_ = 0;
  size_t capacity_ = 0;
};

class TextSink {
 public:
  // `indent` as for dump(): spaces a level, or -1 for one line.
  explicit TextSink(int indent) : indent_(indent) {}

  void BeginObject() { Open('{'); }
  void BeginArray() { Open('['); }
  void EndObject() { Close('}'); }
  void EndArray() { Close(']'); }
  void Key(absl::string_view key) {
    Separate();
    Quoted(key);
    if (indent_ < 0) {
      out_.Append(':');
    } else {
      out_.Append(": ", 2);
    }
    after_key_ = true;
  }
  void Value(const std::string& s) {
    Separate();
    Quoted(s);
  }
  void Value(bool b) {
    Separate();
    out_.Append(b ? absl::string_view("true") : absl::string_view("false"));
  }
  void Value(int i) {
    Separate();
    char buffer[16];
    const std::to_chars_result end = std::to_chars(buffer, buffer + sizeof buffer, i);
    out_.Append(buffer, static_cast<size_t>(end.ptr - buffer));
  }
  void Value(double d) {
    Separate();
    if (!std::isfinite(d)) {
      out_.Append("null", 4);
      return;
    }
    // nlohmann's own shortest form ("2.0", "0.5", "1e+20"), so the bytes are the same.
    char buffer[64];
    const char* end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, d);
    out_.Append(buffer, static_cast<size_t>(end - buffer));
  }

  // False when a string was not UTF-8, which dump() refuses: the text is then
  // of no use, and the tree's dump() says what is wrong.
  bool ok() const { return ok_; }
  // The text, and `end` after it.
  std::string Take(absl::string_view end) {
    std::string text;
    text.reserve(out_.view().size() + end.size());
    text.append(out_.view().data(), out_.view().size());
    text.append(end.data(), end.size());
    return text;
  }

 private:
  // Before a key, or a value not after a key: a comma after the first, and
  // the line break and indentation when indenting.
  void Separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (counts_.empty()) return;
    if (counts_.back()++ > 0) out_.Append(',');
    if (indent_ >= 0) NewLine();
  }
  // A line break and the indentation of the open containers.
  void NewLine() {
    const size_t width = 1 + counts_.size() * static_cast<size_t>(indent_);
    if (line_.size() < width) line_.resize(width, ' ');
    out_.Append(line_.data(), width);
  }
  void Open(char bracket) {
    Separate();
    out_.Append(bracket);
    counts_.push_back(0);
  }
  void Close(char bracket) {
    const size_t count = counts_.back();
    counts_.pop_back();
    if (count > 0 && indent_ >= 0) NewLine();
    out_.Append(bracket);
  }
  // As dump() escapes with ensure_ascii off: quote, backslash and the control
  // characters; everything else, 0x7f and UTF-8 included, as it is.
  void Quoted(absl::string_view s) {
    out_.Append('"');
    bool ascii = true;
    size_t run = 0;  // start of the bytes not yet copied
    for (size_t i = 0; i < s.size(); ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (kPlain[c]) continue;
      if (c >= 0x80) {
        ascii = false;
        continue;
      }
      out_.Append(s.data() + run, i - run);
      run = i + 1;
      switch (c) {
        case '"': out_.Append("\\\"", 2); break;
        case '\\': out_.Append("\\\\", 2); break;
        case '\b': out_.Append("\\b", 2); break;
        case '\t': out_.Append("\\t", 2); break;
        case '\n': out_.Append("\\n", 2); break;
        case '\f': out_.Append("\\f", 2); break;
        case '\r': out_.Append("\\r", 2); break;
        default: {
          static constexpr char kHex[] = "0123456789abcdef";
          const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
          out_.Append(escape, sizeof escape);
        }
      }
    }
    out_.Append(s.data() + run, s.size() - run);
    out_.Append('"');
    if (!ascii && !simdjson::validate_utf8(s.data(), s.size())) ok_ = false;
  }

  // The bytes written as they are: ASCII from the space on, but the quote and the backslash.
  static constexpr std::array<bool, 256> kPlain = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
    return plain;
  }();

  const int indent_;
  TextBuffer out_;
  std::string line_ = "\n";  // a line break and as many spaces as the deepest indentation yet
  std::vector<size_t> counts_;  // for each open object or array, the members written so far
  bool after_key_ = false;
  bool ok_ = true;
};

template <class Out>
class Writer {
 public:
  explicit Writer(Out& out) : out_(out) {}

  void Write(const Register& reg) {
    out_.BeginObject();
    Field("schema_version", kRegisterSchemaVersion);
    const RegisterInfo& info = reg.info();
    if (!(info == RegisterInfo())) {
      out_.Key("info");
      out_.BeginObject();
      String("title", info.title);
      String("description", info.description);
      String("source", info.source);
      String("date", info.date);
      Attributes(info.attributes);
      out_.EndObject();
    }
    if (!(reg.defaults() == RegisterDefaults())) {
      out_.Key("defaults");
      out_.BeginObject();
      Field("meeting_duration_hours", reg.defaults().meeting_duration_hours);
      out_.EndObject();
    }
    Section("areas", reg.areas(), [&](const Area& a) {
      if (a.kind != AreaKind::kOther) Field("kind", std::string(Name(a.kind)));
      RefField("parent", a.parent);
      Identifiers(a.identifiers);
    });
    Section("organisations", reg.organisations(), [&](const Organisation& o) {
      if (o.kind != OrganisationKind::kOther) Field("kind", std::string(Name(o.kind)));
      RefList("areas", o.areas);
      RefField("parent", o.parent);
      Identifiers(o.identifiers);
    });
    Section("roles", reg.roles(), [&](const Role& r) {
      RefField("organisation", r.organisation);
      if (r.elected) Field("elected", true);
    });
    Section("people", reg.people(), [&](const Person& p) { RefList("roles", p.roles); });
    Section("topics", reg.topics(), [&](const Topic& t) { RefField("parent", t.parent); });
    Section("meetings", reg.meetings(), [&](const Meeting& m) {
      if (m.kind != MeetingKind::kMeeting) Field("kind", std::string(Name(m.kind)));
      if (m.status != MeetingStatus::kExisting) Field("status", std::string(Name(m.status)));
      if (m.level != Level::kUnknown) Field("level", std::string(Name(m.level)));
      if (m.statutory) Field("statutory", true);
      LeadField(m.lead);
      if (!m.chair.empty()) {
        out_.Key("chair");
        out_.BeginObject();
        PartyFields(m.chair);
        out_.EndObject();
      }
      String("chair_note", m.chair_note);
      String("purpose", m.purpose);
      String("current_focus", m.current_focus);
      Participants(m.participants);
      CadenceField(m.cadence);
      if (m.duration_hours) Field("duration_hours", *m.duration_hours);
      RefList("areas", m.areas);
      if (m.per_area) Field("per_area", true);
      RefField("reports_to", m.reports_to);
      RefList("topics", m.topics);
    });
    Section("initiatives", reg.initiatives(), [&](const Initiative& in) {
      if (in.status != InitiativeStatus::kInProgress) Field("status", std::string(Name(in.status)));
      LeadField(in.lead);
      String("purpose", in.purpose);
      Participants(in.participants);
      RefList("priorities", in.priorities);
      RefList("areas", in.areas);
      if (in.start_date) Field("start_date", absl::FormatCivilTime(*in.start_date));
      if (in.end_date) Field("end_date", absl::FormatCivilTime(*in.end_date));
    });
    if (!reg.memberships().empty()) {
      out_.Key("memberships");
      out_.BeginArray();
      for (const Membership& m : reg.memberships()) MembershipObject(m);
      out_.EndArray();
    }
    out_.EndObject();
  }

 private:
  template <class T>
  void Field(absl::string_view key, const T& value) {
    out_.Key(key);
    out_.Value(value);
  }

  void String(absl::string_view key, const std::string& value) {
    if (!value.empty()) Field(key, value);
  }

  void Strings(absl::string_view key, const std::vector<std::string>& values) {
    out_.Key(key);
    out_.BeginArray();
    for (const std::string& v : values) out_.Value(v);
    out_.EndArray();
  }

  void Attributes(const govgraph::Attributes& attributes) {
    if (attributes.empty()) return;
    out_.Key("attributes");
    out_.BeginObject();
    for (const auto& [k, v] : attributes) Field(k, v);
    out_.EndObject();
  }

  template <class T>
  void RefField(absl::string_view key, const Ref<T>& ref) {
    if (!ref.empty()) Field(key, ref.id);
  }

  template <class T>
  void Ids(absl::string_view key, const std::vector<Ref<T>>& refs) {
    out_.Key(key);
    out_.BeginArray();
    for (const Ref<T>& ref : refs) out_.Value(ref.id);
    out_.EndArray();
  }

  template <class T>
  void RefList(absl::string_view key, const std::vector<Ref<T>>& refs) {
    if (!refs.empty()) Ids(key, refs);
  }

  void Identifiers(const std::vector<Identifier>& ids) {
    if (ids.empty()) return;
    out_.Key("identifiers");
    out_.BeginArray();
    for (const Identifier& id : ids) {
      out_.BeginObject();
      Field("scheme", id.scheme);
      Field("value", id.value);
      out_.EndObject();
    }
    out_.EndArray();
  }

  void PartyFields(const Party& p) {
    RefField("organisation", p.organisation);
    RefField("role", p.role);
    RefField("person", p.person);
  }

  void Participants(const std::vector<Participant>& participants) {
    if (participants.empty()) return;
    out_.Key("participants");
    out_.BeginArray();
    for (const Participant& p : participants) {
      out_.BeginObject();
      PartyFields(p.party);
      if (p.type != ParticipationType::kMember) Field("type", std::string(Name(p.type)));
      if (p.seats != 1) Field("seats", p.seats);
      String("note", p.note);
      if (p.co_opted) Field("co_opted", true);
      out_.EndObject();
    }
    out_.EndArray();
  }

  void LeadField(const Lead& lead) {
    if (lead.supporting.empty() && lead.text.empty()) {
      if (lead.organisations.size() == 1) {
        Field("lead", lead.organisations.front().id);
      } else if (!lead.organisations.empty()) {
        Ids("lead", lead.organisations);
      }
      return;
    }
    out_.Key("lead");
    out_.BeginObject();
    Ids("organisations", lead.organisations);
    RefList("supporting", lead.supporting);
    String("text", lead.text);
    out_.EndObject();
  }

  void CadenceField(const Cadence& c) {
    if (c == Cadence()) return;
    if (!c.text().empty()) {
      absl::StatusOr<Cadence> reread = ParseCadence(c.text());
      if (reread.ok() && *reread == c) {
        Field("cadence", c.text());
        return;
      }
    }
    out_.Key("cadence");
    out_.BeginObject();
    Field("kind", std::string(Name(c.kind())));
    if (c.per_year()) Field("per_year", *c.per_year());
    String("text", c.text());
    String("note", c.note());
    if (!c.exceptions().empty()) {
      out_.Key("exceptions");
      out_.BeginArray();
      for (const Cadence::AreaRate& e : c.exceptions()) {
        out_.BeginObject();
        Field("area", e.area);
        Field("per_year", e.per_year);
        out_.EndObject();
      }
      out_.EndArray();
    }
    out_.EndObject();
  }

  void MembershipObject(const Membership& m) {
    out_.BeginObject();
    Field("person", m.person.id);
    Field("meeting", m.meeting.id);
    Field("seat", std::string(Name(m.seat)));
    RefField("council", m.council);
    String("party", m.party);
    if (m.office != MemberOffice::kMember) Field("office", std::string(Name(m.office)));
    RefList("leads", m.leads);
    if (m.substitute) Field("substitute", true);
    RefField("substitute_for", m.substitute_for);
    if (m.start_date) Field("start_date", absl::FormatCivilTime(*m.start_date));
    if (m.end_date) Field("end_date", absl::FormatCivilTime(*m.end_date));
    Attributes(m.attributes);
    out_.EndObject();
  }

  template <class T, class Fn>
  void Section(absl::string_view key, std::span<const T> items, Fn fields) {
    if (items.empty()) return;
    out_.Key(key);
    out_.BeginArray();
    for (const T& item : items) {
      out_.BeginObject();
      Field("id", item.id);
      Field("name", item.name);
      if (!item.aliases.empty()) Strings("aliases", item.aliases);
      fields(item);
      Attributes(item.attributes);
      out_.EndObject();
    }
    out_.EndArray();
  }

  Out& out_;
};

// Reads one entity with `read`, then checks it with `check`, then adds it.
template <class T, class ReadFn, class CheckFn, class AddFn>
absl::Status ReadOne(const Json& value, const std::string& path, ReadFn read, CheckFn check, AddFn add) {
  Reader<NlohmannView> r;
  std::optional<T> entity = read(r, NlohmannView(value), path);
  // Shape problems first; reference problems only make sense once the shape is right.
  if (!r.problems().empty()) return ProblemsToStatus(r.problems());
  if (absl::Status s = ProblemsToStatus(check(*entity)); !s.ok()) return s;
  add(*std::move(entity));
  return absl::OkStatus();
}

}  // namespace

namespace internal {

absl::Status ReadMeetingJson(const Json& value, const std::string& path, const EditContext& context,
                             RegisterBuilder& builder) {
  return ReadOne<Meeting>(
      value, path,
      [](Reader<NlohmannView>& r, const NlohmannView& v, const std::string& p) { return r.ReadMeeting(v, p); },
      [&](const Meeting& m) { return CheckNewMeeting(m, path, context); },
      [&](Meeting m) { builder.AddMeeting(std::move(m)); });
}

absl::Status ReadOrganisationJson(const Json& value, const std::string& path, const EditContext& context,
                                  RegisterBuilder& builder) {
  return ReadOne<Organisation>(
      value, path,
      [](Reader<NlohmannView>& r, const NlohmannView& v, const std::string& p) { return r.ReadOrganisation(v, p); },
      [&](const Organisation& o) { return CheckNewOrganisation(o, path, context); },
      [&](Organisation o) { builder.AddOrganisation(std::move(o)); });
}

void ReadRegisterSections(const Json& root, RegisterBuilder& builder, std::vector<Diagnostic>& problems) {
  Reader<NlohmannView> r;
  ReadSections(r, NlohmannView(root), builder);
  problems.insert(problems.end(), r.problems().begin(), r.problems().end());
}

absl::StatusOr<Register> ParseRegisterJsonStrict(absl::string_view text) { return ReadRegisterStrict(text); }

nlohmann::ordered_json RegisterToJsonValue(const Register& reg) {
  TreeSink tree;
  Writer<TreeSink>(tree).Write(reg);
  return tree.Take();
}

}  // namespace internal

absl::StatusOr<Register> ParseRegisterJson(absl::string_view text, const JsonReadOptions& options) {
  return ParseRegisterJsonText(text, /*padded=*/false, options);
}

absl::StatusOr<Register> LoadRegisterJsonFile(const std::string& path, const JsonReadOptions& options) {
  // Read with room after the text, so that simdjson reads it where it is.
  absl::StatusOr<std::string> text = internal::ReadFileToString(path, /*spare=*/simdjson::SIMDJSON_PADDING);
  if (!text.ok()) return text.status();
  absl::StatusOr<Register> reg;
  const bool padded = text->capacity() - text->size() >= simdjson::SIMDJSON_PADDING;
  if (std::optional<RegisterBuilder> b = internal::ReadRegisterJsonFast(*text, padded, options.progress)) {
    // The text is read: its memory goes before the register is built.
    std::string().swap(*text);
    reg = BuildReported(std::move(*b), options.progress);
  } else {
    reg = ReadRegisterStrict(*text);
  }
  if (!reg.ok()) return internal::Annotate(reg.status(), path);
  return reg;
}

absl::Status ValidateJsonWriteOptions(const JsonWriteOptions& options) {
  if (options.indent < -1 || options.indent > kMaxJsonIndent) {
    return absl::InvalidArgumentError(absl::StrCat("indent: must be -1 (one compact line) or from 0 to ",
                                                   kMaxJsonIndent, " spaces, got ", options.indent));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> RegisterToJson(const Register& reg, const JsonWriteOptions& options) {
  if (absl::Status s = ValidateJsonWriteOptions(options); !s.ok()) return s;
  TextSink text(options.indent);
  Writer<TextSink>(text).Write(reg);
  if (text.ok()) return text.Take(options.indent >= 0 ? "\n" : "");
  // A string that is not UTF-8: nlohmann's dump() says which byte, as it always has.
  try {
    internal::RegisterToJsonValue(reg).dump(options.indent, ' ', /*ensure_ascii=*/false);
  } catch (const OrderedJson::type_error& e) {
    return absl::InvalidArgumentError(
        absl::StrCat("cannot write the register as JSON: ", internal::StripJsonExceptionPrefix(e.what())));
  }
  return absl::InternalError("cannot write the register as JSON: a string is not UTF-8");
}

absl::Status SaveRegisterJsonFile(const Register& reg, const std::string& path,
                                  const JsonWriteOptions& options) {
  absl::StatusOr<std::string> text = RegisterToJson(reg, options);
  if (!text.ok()) return text.status();
  return internal::WriteStringToFile(path, *text);
}

}  // namespace govgraph
