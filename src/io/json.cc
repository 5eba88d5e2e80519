// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/io/json.h"

#include <cmath>
#include <initializer_list>
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
#include "io/json_reader.h"

namespace govgraph {
namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

// Reads JSON values into the model, collecting every problem with its path
// rather than stopping at the first.
class Reader {
 public:
  std::vector<Problem>& problems() { return problems_; }

  void Fail(const std::string& path, std::string message) {
    problems_.push_back({path, std::move(message)});
  }

  // True when `v` is an object whose keys are all in `allowed`.
  bool CheckObject(const Json& v, const std::string& path, std::initializer_list<const char*> allowed) {
    if (!v.is_object()) {
      Fail(path, absl::StrCat("expected an object, found ", v.type_name()));
      return false;
    }
    for (const auto& [key, unused] : v.items()) {
      bool known = false;
      for (const char* a : allowed) known = known || key == a;
      if (!known) Fail(path, absl::StrCat("unknown field \"", key, "\""));
    }
    return true;
  }

  static std::string Child(const std::string& path, absl::string_view key) {
    return path.empty() ? std::string(key) : absl::StrCat(path, ".", key);
  }

  void String(const Json& obj, const std::string& path, const char* key, std::string& out) {
    auto it = obj.find(key);
    if (it == obj.end()) return;
    if (!it->is_string()) {
      Fail(Child(path, key), absl::StrCat("expected a string, found ", it->type_name()));
      return;
    }
    out = it->get<std::string>();
  }

  void Bool(const Json& obj, const std::string& path, const char* key, bool& out) {
    auto it = obj.find(key);
    if (it == obj.end()) return;
    if (!it->is_boolean()) {
      Fail(Child(path, key), absl::StrCat("expected true or false, found ", it->type_name()));
      return;
    }
    out = it->get<bool>();
  }

  std::optional<double> Number(const Json& v, const std::string& path) {
    if (!v.is_number()) {
      Fail(path, absl::StrCat("expected a number, found ", v.type_name()));
      return std::nullopt;
    }
    return v.get<double>();
  }

  void Int(const Json& obj, const std::string& path, const char* key, int& out) {
    auto it = obj.find(key);
    if (it == obj.end()) return;
    if (!it->is_number_integer()) {
      Fail(Child(path, key), absl::StrCat("expected a whole number, found ", it->type_name()));
      return;
    }
    const auto value = it->get<int64_t>();
    if (value < -1'000'000 || value > 1'000'000) {
      Fail(Child(path, key), "is out of range");
      return;
    }
    out = static_cast<int>(value);
  }

  void Strings(const Json& obj, const std::string& path, const char* key,
               std::vector<std::string>& out) {
    auto it = obj.find(key);
    if (it == obj.end()) return;
    const std::string here = Child(path, key);
    if (!it->is_array()) {
      Fail(here, absl::StrCat("expected an array of strings, found ", it->type_name()));
      return;
    }
    for (size_t i = 0; i < it->size(); ++i) {
      const Json& e = (*it)[i];
      if (!e.is_string()) {
        Fail(absl::StrCat(here, "[", i, "]"), absl::StrCat("expected a string, found ", e.type_name()));
        continue;
      }
      out.push_back(e.get<std::string>());
    }
  }

  template <class T>
  void RefField(const Json& obj, const std::string& path, const char* key, Ref<T>& out) {
    String(obj, path, key, out.id);
  }

  template <class T>
  void RefList(const Json& obj, const std::string& path, const char* key, std::vector<Ref<T>>& out) {
    std::vector<std::string> ids;
    Strings(obj, path, key, ids);
    for (std::string& id : ids) out.emplace_back(std::move(id));
  }

  template <class E, class ParseFn>
  void Enum(const Json& obj, const std::string& path, const char* key, E& out, ParseFn parse) {
    std::string name;
    if (!obj.contains(key)) return;
    String(obj, path, key, name);
    if (!obj.at(key).is_string()) return;
    absl::StatusOr<E> value = parse(name);
    if (!value.ok()) {
      Fail(Child(path, key), std::string(value.status().message()));
      return;
    }
    out = *value;
  }

  void Attributes(const Json& obj, const std::string& path, govgraph::Attributes& out) {
    auto it = obj.find("attributes");
    if (it == obj.end()) return;
    const std::string here = Child(path, "attributes");
    if (!it->is_object()) {
      Fail(here, absl::StrCat("expected an object of strings, found ", it->type_name()));
      return;
    }
    for (const auto& [key, value] : it->items()) {
      if (!value.is_string()) {
        Fail(Child(here, key), absl::StrCat("expected a string, found ", value.type_name()));
        continue;
      }
      out[key] = value.get<std::string>();
    }
  }

  void Common(const Json& obj, const std::string& path, Entity& e) {
    if (!obj.contains("id")) Fail(path, "missing \"id\"");
    if (!obj.contains("name")) Fail(path, "missing \"name\"");
    String(obj, path, "id", e.id);
    String(obj, path, "name", e.name);
    Strings(obj, path, "aliases", e.aliases);
    Attributes(obj, path, e.attributes);
  }

  void Identifiers(const Json& obj, const std::string& path, std::vector<Identifier>& out) {
    auto it = obj.find("identifiers");
    if (it == obj.end()) return;
    const std::string here = Child(path, "identifiers");
    if (!it->is_array()) {
      Fail(here, absl::StrCat("expected an array, found ", it->type_name()));
      return;
    }
    for (size_t i = 0; i < it->size(); ++i) {
      const std::string p = absl::StrCat(here, "[", i, "]");
      const Json& e = (*it)[i];
      if (!CheckObject(e, p, {"scheme", "value"})) continue;
      Identifier id;
      String(e, p, "scheme", id.scheme);
      String(e, p, "value", id.value);
      if (id.scheme.empty()) Fail(p + ".scheme", "is empty");
      if (id.value.empty()) Fail(p + ".value", "is empty");
      out.push_back(std::move(id));
    }
  }

  void PartyFields(const Json& obj, const std::string& path, Party& out) {
    RefField(obj, path, "organisation", out.organisation);
    RefField(obj, path, "role", out.role);
    RefField(obj, path, "person", out.person);
  }

  void Participants(const Json& obj, const std::string& path, std::vector<Participant>& out) {
    auto it = obj.find("participants");
    if (it == obj.end()) return;
    const std::string here = Child(path, "participants");
    if (!it->is_array()) {
      Fail(here, absl::StrCat("expected an array, found ", it->type_name()));
      return;
    }
    for (size_t i = 0; i < it->size(); ++i) {
      const std::string p = absl::StrCat(here, "[", i, "]");
      const Json& e = (*it)[i];
      if (!CheckObject(e, p, {"organisation", "role", "person", "type", "seats", "note", "co_opted"})) continue;
      Participant part;
      PartyFields(e, p, part.party);
      Enum(e, p, "type", part.type, ParseParticipationType);
      Int(e, p, "seats", part.seats);
      String(e, p, "note", part.note);
      Bool(e, p, "co_opted", part.co_opted);
      out.push_back(std::move(part));
    }
  }

  void LeadField(const Json& obj, const std::string& path, Lead& out) {
    auto it = obj.find("lead");
    if (it == obj.end()) return;
    const std::string here = Child(path, "lead");
    if (it->is_string()) {
      out.organisations.emplace_back(it->get<std::string>());
    } else if (it->is_array()) {
      RefList(obj, path, "lead", out.organisations);
    } else if (CheckObject(*it, here, {"organisations", "supporting", "text"})) {
      RefList(*it, here, "organisations", out.organisations);
      RefList(*it, here, "supporting", out.supporting);
      String(*it, here, "text", out.text);
    }
  }

  void CadenceField(const Json& obj, const std::string& path, Cadence& out) {
    auto it = obj.find("cadence");
    if (it == obj.end()) return;
    const std::string here = Child(path, "cadence");
    if (it->is_string()) {
      absl::StatusOr<Cadence> parsed = ParseCadence(it->get<std::string>());
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
    Enum(*it, here, "kind", kind, ParseCadenceKindName);
    std::optional<double> per_year;
    if (auto p = it->find("per_year"); p != it->end()) per_year = Number(*p, here + ".per_year");
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
          Fail(here + ".per_year", absl::StrCat("a cadence of kind \"", std::string(CadenceKindName(kind)),
                                                "\" has no meetings a year"));
        }
        out = kind == Cadence::Kind::kAdHoc ? Cadence::AdHoc(text) : Cadence::Unknown(text);
        break;
    }
    out.set_note(note);
    if (auto ex = it->find("exceptions"); ex != it->end()) {
      const std::string p = here + ".exceptions";
      if (!ex->is_array()) {
        Fail(p, absl::StrCat("expected an array, found ", ex->type_name()));
        return;
      }
      for (size_t i = 0; i < ex->size(); ++i) {
        const std::string ep = absl::StrCat(p, "[", i, "]");
        const Json& e = (*ex)[i];
        if (!CheckObject(e, ep, {"area", "per_year"})) continue;
        std::string area;
        String(e, ep, "area", area);
        std::optional<double> rate;
        if (auto r = e.find("per_year"); r != e.end()) {
          rate = Number(*r, ep + ".per_year");
        } else {
          Fail(ep, "missing \"per_year\"");
        }
        if (area.empty()) Fail(ep + ".area", "is empty");
        if (rate) out.AddException(area, *rate);
      }
    }
  }

  void Date(const Json& obj, const std::string& path, const char* key,
            std::optional<absl::CivilDay>& out) {
    std::string text;
    if (!obj.contains(key)) return;
    String(obj, path, key, text);
    absl::CivilDay day;
    if (!obj.at(key).is_string()) return;
    if (text.size() != 10 || !absl::ParseCivilTime(text, &day)) {
      Fail(Child(path, key), absl::StrCat("expected a date as YYYY-MM-DD, found \"", text, "\""));
      return;
    }
    out = day;
  }

  // One element of "organisations"; nothing when it is not an object.
  std::optional<Organisation> ReadOrganisation(const Json& v, const std::string& p) {
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
  std::optional<Meeting> ReadMeeting(const Json& v, const std::string& p) {
    Meeting m;
    if (!CheckObject(v, p, {"id", "name", "aliases", "attributes", "kind", "lead", "chair", "chair_note", "purpose",
                            "current_focus", "participants", "cadence", "duration_hours", "level", "areas",
                            "per_area", "statutory", "status", "reports_to", "topics"})) {
      return std::nullopt;
    }
    Common(v, p, m);
    Enum(v, p, "kind", m.kind, ParseMeetingKind);
    LeadField(v, p, m.lead);
    if (auto c = v.find("chair"); c != v.end()) {
      if (CheckObject(*c, p + ".chair", {"organisation", "role", "person"})) PartyFields(*c, p + ".chair", m.chair);
    }
    String(v, p, "chair_note", m.chair_note);
    String(v, p, "purpose", m.purpose);
    String(v, p, "current_focus", m.current_focus);
    Participants(v, p, m.participants);
    CadenceField(v, p, m.cadence);
    if (auto d = v.find("duration_hours"); d != v.end()) m.duration_hours = Number(*d, p + ".duration_hours");
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
  void Array(const Json& root, const char* key, Fn read) {
    auto it = root.find(key);
    if (it == root.end()) return;
    if (!it->is_array()) {
      Fail(key, absl::StrCat("expected an array, found ", it->type_name()));
      return;
    }
    for (size_t i = 0; i < it->size(); ++i) read((*it)[i], absl::StrCat(key, "[", i, "]"));
  }

 private:
  std::vector<Problem> problems_;
};

void ReadSections(Reader& r, const Json& root, RegisterBuilder& b);

absl::StatusOr<Register> ReadRegister(const Json& root) {
  Reader r;
  if (!r.CheckObject(root, "", {"schema_version", "info", "defaults", "areas", "organisations",
                                "roles", "people", "topics", "meetings", "initiatives", "memberships"})) {
    return ProblemsToStatus(r.problems());
  }
  auto version = root.find("schema_version");
  if (version == root.end()) {
    return absl::InvalidArgumentError(
        absl::StrCat("missing \"schema_version\" (this library reads version ", kRegisterSchemaVersion, ")"));
  }
  if (!version->is_number_integer() || version->get<int64_t>() != kRegisterSchemaVersion) {
    return absl::InvalidArgumentError(absl::StrCat("schema_version: this library reads version ",
                                                   kRegisterSchemaVersion, ", found ", version->dump()));
  }

  RegisterBuilder b;
  ReadSections(r, root, b);
  // Shape problems first; reference problems only make sense once the shape is right.
  if (!r.problems().empty()) return ProblemsToStatus(r.problems());
  return std::move(b).Build();
}

// Everything of a register but its schema version: info, defaults and the
// entity arrays, in the order the format gives them.
void ReadSections(Reader& r, const Json& root, RegisterBuilder& b) {
  if (auto it = root.find("info"); it != root.end()) {
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
  if (auto it = root.find("defaults"); it != root.end()) {
    RegisterDefaults defaults;
    if (r.CheckObject(*it, "defaults", {"meeting_duration_hours"})) {
      if (auto d = it->find("meeting_duration_hours"); d != it->end()) {
        if (auto v = r.Number(*d, "defaults.meeting_duration_hours")) defaults.meeting_duration_hours = *v;
      }
    }
    b.SetDefaults(defaults);
  }

  r.Array(root, "areas", [&](const Json& v, const std::string& p) {
    Area a;
    if (!r.CheckObject(v, p, {"id", "name", "aliases", "attributes", "kind", "parent", "identifiers"})) return;
    r.Common(v, p, a);
    r.Enum(v, p, "kind", a.kind, ParseAreaKind);
    r.RefField(v, p, "parent", a.parent);
    r.Identifiers(v, p, a.identifiers);
    b.AddArea(std::move(a));
  });
  r.Array(root, "organisations", [&](const Json& v, const std::string& p) {
    if (std::optional<Organisation> o = r.ReadOrganisation(v, p)) b.AddOrganisation(*std::move(o));
  });
  r.Array(root, "roles", [&](const Json& v, const std::string& p) {
    Role role;
    if (!r.CheckObject(v, p, {"id", "name", "aliases", "attributes", "organisation", "elected"})) return;
    r.Common(v, p, role);
    r.RefField(v, p, "organisation", role.organisation);
    r.Bool(v, p, "elected", role.elected);
    b.AddRole(std::move(role));
  });
  r.Array(root, "people", [&](const Json& v, const std::string& p) {
    Person person;
    if (!r.CheckObject(v, p, {"id", "name", "aliases", "attributes", "roles"})) return;
    r.Common(v, p, person);
    r.RefList(v, p, "roles", person.roles);
    b.AddPerson(std::move(person));
  });
  r.Array(root, "topics", [&](const Json& v, const std::string& p) {
    Topic t;
    if (!r.CheckObject(v, p, {"id", "name", "aliases", "attributes", "parent"})) return;
    r.Common(v, p, t);
    r.RefField(v, p, "parent", t.parent);
    b.AddTopic(std::move(t));
  });
  r.Array(root, "meetings", [&](const Json& v, const std::string& p) {
    if (std::optional<Meeting> m = r.ReadMeeting(v, p)) b.AddMeeting(*std::move(m));
  });
  r.Array(root, "initiatives", [&](const Json& v, const std::string& p) {
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
  r.Array(root, "memberships", [&](const Json& v, const std::string& p) {
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

// ---------------------------------------------------------------------------
// Writing. Members equal to their default are left out.

class Writer {
 public:
  static void Common(OrderedJson& out, const Entity& e) {
    out["id"] = e.id;
    out["name"] = e.name;
    if (!e.aliases.empty()) out["aliases"] = e.aliases;
  }

  static void Attributes(OrderedJson& out, const govgraph::Attributes& attributes) {
    if (attributes.empty()) return;
    OrderedJson a = OrderedJson::object();
    for (const auto& [k, v] : attributes) a[k] = v;
    out["attributes"] = std::move(a);
  }

  static void String(OrderedJson& out, const char* key, const std::string& value) {
    if (!value.empty()) out[key] = value;
  }

  template <class T>
  static void RefField(OrderedJson& out, const char* key, const Ref<T>& ref) {
    if (!ref.empty()) out[key] = ref.id;
  }

  template <class T>
  static OrderedJson Ids(const std::vector<Ref<T>>& refs) {
    OrderedJson a = OrderedJson::array();
    for (const Ref<T>& ref : refs) a.push_back(ref.id);
    return a;
  }

  template <class T>
  static void RefList(OrderedJson& out, const char* key, const std::vector<Ref<T>>& refs) {
    if (!refs.empty()) out[key] = Ids(refs);
  }

  static void Identifiers(OrderedJson& out, const std::vector<Identifier>& ids) {
    if (ids.empty()) return;
    OrderedJson a = OrderedJson::array();
    for (const Identifier& id : ids) a.push_back({{"scheme", id.scheme}, {"value", id.value}});
    out["identifiers"] = std::move(a);
  }

  static void PartyFields(OrderedJson& out, const Party& p) {
    RefField(out, "organisation", p.organisation);
    RefField(out, "role", p.role);
    RefField(out, "person", p.person);
  }

  static void Participants(OrderedJson& out, const std::vector<Participant>& participants) {
    if (participants.empty()) return;
    OrderedJson a = OrderedJson::array();
    for (const Participant& p : participants) {
      OrderedJson j = OrderedJson::object();
      PartyFields(j, p.party);
      if (p.type != ParticipationType::kMember) j["type"] = std::string(Name(p.type));
      if (p.seats != 1) j["seats"] = p.seats;
      String(j, "note", p.note);
      if (p.co_opted) j["co_opted"] = true;
      a.push_back(std::move(j));
    }
    out["participants"] = std::move(a);
  }

  static void LeadField(OrderedJson& out, const Lead& lead) {
    if (lead.supporting.empty() && lead.text.empty()) {
      if (lead.organisations.size() == 1) {
        out["lead"] = lead.organisations.front().id;
      } else if (!lead.organisations.empty()) {
        out["lead"] = Ids(lead.organisations);
      }
      return;
    }
    OrderedJson j = OrderedJson::object();
    j["organisations"] = Ids(lead.organisations);
    RefList(j, "supporting", lead.supporting);
    String(j, "text", lead.text);
    out["lead"] = std::move(j);
  }

  static void CadenceField(OrderedJson& out, const Cadence& c) {
    if (c == Cadence()) return;
    if (!c.text().empty()) {
      absl::StatusOr<Cadence> reread = ParseCadence(c.text());
      if (reread.ok() && *reread == c) {
        out["cadence"] = c.text();
        return;
      }
    }
    OrderedJson j = OrderedJson::object();
    j["kind"] = std::string(CadenceKindName(c.kind()));
    if (c.per_year()) j["per_year"] = *c.per_year();
    String(j, "text", c.text());
    String(j, "note", c.note());
    if (!c.exceptions().empty()) {
      OrderedJson a = OrderedJson::array();
      for (const Cadence::AreaRate& e : c.exceptions()) {
        a.push_back({{"area", e.area}, {"per_year", e.per_year}});
      }
      j["exceptions"] = std::move(a);
    }
    out["cadence"] = std::move(j);
  }

  static OrderedJson MembershipObject(const Membership& m) {
    OrderedJson j = OrderedJson::object();
    j["person"] = m.person.id;
    j["meeting"] = m.meeting.id;
    j["seat"] = std::string(Name(m.seat));
    RefField(j, "council", m.council);
    String(j, "party", m.party);
    if (m.office != MemberOffice::kMember) j["office"] = std::string(Name(m.office));
    RefList(j, "leads", m.leads);
    if (m.substitute) j["substitute"] = true;
    RefField(j, "substitute_for", m.substitute_for);
    if (m.start_date) j["start_date"] = absl::FormatCivilTime(*m.start_date);
    if (m.end_date) j["end_date"] = absl::FormatCivilTime(*m.end_date);
    Attributes(j, m.attributes);
    return j;
  }

  static OrderedJson Write(const Register& reg) {
    OrderedJson root = OrderedJson::object();
    root["schema_version"] = kRegisterSchemaVersion;
    const RegisterInfo& info = reg.info();
    if (!(info == RegisterInfo())) {
      OrderedJson j = OrderedJson::object();
      String(j, "title", info.title);
      String(j, "description", info.description);
      String(j, "source", info.source);
      String(j, "date", info.date);
      Attributes(j, info.attributes);
      root["info"] = std::move(j);
    }
    if (!(reg.defaults() == RegisterDefaults())) {
      root["defaults"] = {{"meeting_duration_hours", reg.defaults().meeting_duration_hours}};
    }
    Section(root, "areas", reg.areas(), [](OrderedJson& j, const Area& a) {
      if (a.kind != AreaKind::kOther) j["kind"] = std::string(Name(a.kind));
      RefField(j, "parent", a.parent);
      Identifiers(j, a.identifiers);
    });
    Section(root, "organisations", reg.organisations(), [](OrderedJson& j, const Organisation& o) {
      if (o.kind != OrganisationKind::kOther) j["kind"] = std::string(Name(o.kind));
      RefList(j, "areas", o.areas);
      RefField(j, "parent", o.parent);
      Identifiers(j, o.identifiers);
    });
    Section(root, "roles", reg.roles(), [](OrderedJson& j, const Role& r) {
      RefField(j, "organisation", r.organisation);
      if (r.elected) j["elected"] = true;
    });
    Section(root, "people", reg.people(), [](OrderedJson& j, const Person& p) {
      RefList(j, "roles", p.roles);
    });
    Section(root, "topics", reg.topics(), [](OrderedJson& j, const Topic& t) {
      RefField(j, "parent", t.parent);
    });
    Section(root, "meetings", reg.meetings(), [](OrderedJson& j, const Meeting& m) {
      if (m.kind != MeetingKind::kMeeting) j["kind"] = std::string(Name(m.kind));
      if (m.status != MeetingStatus::kExisting) j["status"] = std::string(Name(m.status));
      if (m.level != Level::kUnknown) j["level"] = std::string(Name(m.level));
      if (m.statutory) j["statutory"] = true;
      LeadField(j, m.lead);
      if (!m.chair.empty()) {
        OrderedJson c = OrderedJson::object();
        PartyFields(c, m.chair);
        j["chair"] = std::move(c);
      }
      String(j, "chair_note", m.chair_note);
      String(j, "purpose", m.purpose);
      String(j, "current_focus", m.current_focus);
      Participants(j, m.participants);
      CadenceField(j, m.cadence);
      if (m.duration_hours) j["duration_hours"] = *m.duration_hours;
      RefList(j, "areas", m.areas);
      if (m.per_area) j["per_area"] = true;
      RefField(j, "reports_to", m.reports_to);
      RefList(j, "topics", m.topics);
    });
    Section(root, "initiatives", reg.initiatives(), [](OrderedJson& j, const Initiative& in) {
      if (in.status != InitiativeStatus::kInProgress) j["status"] = std::string(Name(in.status));
      LeadField(j, in.lead);
      String(j, "purpose", in.purpose);
      Participants(j, in.participants);
      RefList(j, "priorities", in.priorities);
      RefList(j, "areas", in.areas);
      if (in.start_date) j["start_date"] = absl::FormatCivilTime(*in.start_date);
      if (in.end_date) j["end_date"] = absl::FormatCivilTime(*in.end_date);
    });
    if (!reg.memberships().empty()) {
      OrderedJson a = OrderedJson::array();
      for (const Membership& m : reg.memberships()) a.push_back(MembershipObject(m));
      root["memberships"] = std::move(a);
    }
    return root;
  }

 private:
  template <class T, class Fn>
  static void Section(OrderedJson& root, const char* key, std::span<const T> items, Fn fields) {
    if (items.empty()) return;
    OrderedJson a = OrderedJson::array();
    for (const T& item : items) {
      OrderedJson j = OrderedJson::object();
      Common(j, item);
      fields(j, item);
      Attributes(j, item.attributes);
      a.push_back(std::move(j));
    }
    root[key] = std::move(a);
  }
};

// Reads one entity with `read`, then checks it with `check`, then adds it.
template <class T, class ReadFn, class CheckFn, class AddFn>
absl::Status ReadOne(const Json& value, const std::string& path, ReadFn read, CheckFn check, AddFn add) {
  Reader r;
  std::optional<T> entity = read(r, value, path);
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
      value, path, [](Reader& r, const Json& v, const std::string& p) { return r.ReadMeeting(v, p); },
      [&](const Meeting& m) { return CheckNewMeeting(m, path, context); },
      [&](Meeting m) { builder.AddMeeting(std::move(m)); });
}

absl::Status ReadOrganisationJson(const Json& value, const std::string& path, const EditContext& context,
                                  RegisterBuilder& builder) {
  return ReadOne<Organisation>(
      value, path, [](Reader& r, const Json& v, const std::string& p) { return r.ReadOrganisation(v, p); },
      [&](const Organisation& o) { return CheckNewOrganisation(o, path, context); },
      [&](Organisation o) { builder.AddOrganisation(std::move(o)); });
}

void ReadRegisterSections(const Json& root, RegisterBuilder& builder, std::vector<Problem>& problems) {
  Reader r;
  ReadSections(r, root, builder);
  problems.insert(problems.end(), r.problems().begin(), r.problems().end());
}

nlohmann::ordered_json RegisterToJsonValue(const Register& reg) { return Writer::Write(reg); }

}  // namespace internal

absl::StatusOr<Register> ParseRegisterJson(absl::string_view text) {
  absl::StatusOr<Json> root = internal::ParseJsonText(text);
  if (!root.ok()) return root.status();
  return ReadRegister(*root);
}

absl::StatusOr<Register> LoadRegisterJsonFile(const std::string& path) {
  absl::StatusOr<std::string> text = internal::ReadFileToString(path);
  if (!text.ok()) return text.status();
  absl::StatusOr<Register> reg = ParseRegisterJson(*text);
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
  try {
    std::string text = internal::RegisterToJsonValue(reg).dump(options.indent, ' ', /*ensure_ascii=*/false);
    if (options.indent >= 0) text.push_back('\n');
    return text;
  } catch (const OrderedJson::type_error& e) {
    return absl::InvalidArgumentError(
        absl::StrCat("cannot write the register as JSON: ", internal::StripJsonExceptionPrefix(e.what())));
  }
}

absl::Status SaveRegisterJsonFile(const Register& reg, const std::string& path,
                                  const JsonWriteOptions& options) {
  absl::StatusOr<std::string> text = RegisterToJson(reg, options);
  if (!text.ok()) return text.status();
  return internal::WriteStringToFile(path, *text);
}

}  // namespace govgraph
