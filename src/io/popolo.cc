// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// Popolo export and import go through the native JSON form (io/json.h), as
// values rather than text: export takes the native document and re-shapes
// each entity as a Popolo object, keeping every native field it has no Popolo
// field for in the object's "govgraph" extension; import builds the native
// form from the Popolo objects and their extensions and reads it with the
// native reader, so both directions share its checks and cannot drift apart.
// Each native entity keeps the Popolo path it was made from, and every
// problem the reader or RegisterBuilder finds is reported there.
#include "govgraph/io/popolo.h"

#include <algorithm>
#include <array>
#include <deque>
#include <initializer_list>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "absl/time/civil_time.h"
#include "govgraph/io/json.h"
#include "govgraph/model.h"
#include "govgraph/names.h"
#include "govgraph/ocd.h"
#include "govgraph/register_builder.h"
#include "internal/files.h"
#include "internal/json_text.h"
#include "io/json_reader.h"

namespace govgraph {
namespace {

using Json = nlohmann::ordered_json;
// The native register form, read as ParseRegisterJson() reads a parsed text.
using Native = nlohmann::json;

constexpr char kExt[] = "govgraph";
constexpr char kOcdPrefix[] = "ocd-division/";

bool Contains(std::initializer_list<const char*> keys, const std::string& key) {
  return std::any_of(keys.begin(), keys.end(), [&](const char* k) { return key == k; });
}

// The native fields of `native` other than `handled`, as an extension object.
Json Remainder(const Json& native, std::initializer_list<const char*> handled) {
  Json out = Json::object();
  for (const auto& [key, value] : native.items()) {
    if (!Contains(handled, key)) out[key] = value;
  }
  return out;
}

Json OtherNames(const Json& native) {
  Json out = Json::array();
  if (auto it = native.find("aliases"); it != native.end()) {
    for (const Json& alias : *it) out.push_back({{"name", alias}});
  }
  return out;
}

// ---------------------------------------------------------------------------
// Export.

class Exporter {
 public:
  Exporter(const Register& reg, const std::vector<Occurrence>& events) : reg_(reg), events_(events) {}

  absl::StatusOr<Json> Run() {
    native_ = internal::RegisterToJsonValue(reg_);
    AssignIds();

    Json root = Json::object();
    Json block = Json::object();
    block["schema_version"] = kRegisterSchemaVersion;
    for (const char* key : {"info", "defaults", "topics"}) {
      if (native_.contains(key)) block[key] = native_[key];
    }
    if (native_.contains("initiatives")) {
      Json initiatives = native_["initiatives"];
      for (Json& in : initiatives) TranslateAreaList(in, "areas");
      block["initiatives"] = std::move(initiatives);
    }
    root[kExt] = std::move(block);

    Json areas = Json::array();
    Json organizations = Json::array();
    Json posts = Json::array();
    Json persons = Json::array();
    Json memberships = Json::array();
    for (size_t i = 0; i < reg_.areas().size(); ++i) areas.push_back(AreaObject(i));
    for (size_t i = 0; i < reg_.organisations().size(); ++i) organizations.push_back(OrganisationObject(i));
    for (size_t i = 0; i < reg_.meetings().size(); ++i) organizations.push_back(MeetingObject(i));
    for (size_t i = 0; i < reg_.roles().size(); ++i) posts.push_back(PostObject(i));
    for (size_t i = 0; i < reg_.people().size(); ++i) persons.push_back(PersonObject(i, memberships));
    for (size_t i = 0; i < reg_.meetings().size(); ++i) ParticipantMemberships(i, memberships);
    SeatMemberships(memberships);
    absl::StatusOr<Json> events = Events();
    if (!events.ok()) return events.status();
    if (!areas.empty()) root["areas"] = std::move(areas);
    if (!organizations.empty()) root["organizations"] = std::move(organizations);
    if (!posts.empty()) root["posts"] = std::move(posts);
    if (!persons.empty()) root["persons"] = std::move(persons);
    if (!memberships.empty()) root["memberships"] = std::move(memberships);
    if (!events->empty()) root["events"] = *std::move(events);
    return root;
  }

 private:
  // Dated sittings as Popolo events of their meeting series.
  absl::StatusOr<Json> Events() const {
    Json out = Json::array();
    std::map<std::string, int> per_day;  // event ids are the series' id and the day
    for (size_t i = 0; i < events_.size(); ++i) {
      const Occurrence& o = events_[i];
      if (!o.meeting.valid() || o.meeting.index() >= reg_.meetings().size()) {
        return absl::InvalidArgumentError(absl::StrCat("events[", i, "]: not a meeting of this register"));
      }
      const Meeting& m = reg_.meeting(o.meeting);
      const std::string series = meeting_ids_.at(m.id);
      const std::string day = absl::FormatCivilTime(o.date);
      std::string id = absl::StrCat(series, "/", day);
      if (const int n = ++per_day[id]; n > 1) absl::StrAppend(&id, "/", n);
      Json e = Json::object();
      e["id"] = id;
      e["name"] = o.label.empty() ? m.name : absl::StrCat(m.name, ": ", o.label);
      e["classification"] = "meeting";
      e["organization_id"] = series;
      if (o.start_minutes) {
        const absl::CivilMinute start = absl::CivilMinute(o.date) + *o.start_minutes;
        e["start_date"] = absl::FormatCivilTime(start).substr(0, 16);
        if (o.duration_hours > 0) {
          const absl::CivilMinute end = start + static_cast<int>(o.duration_hours * 60 + 0.5);
          e["end_date"] = absl::FormatCivilTime(end).substr(0, 16);
        }
      } else {
        e["start_date"] = day;
      }
      Json ext = Json::object();
      ext["source"] = std::string(Name(o.source));
      if (o.estimated) ext["estimated"] = true;
      if (o.moved_from) ext["moved_from"] = absl::FormatCivilTime(*o.moved_from);
      if (!o.step.empty()) ext["step"] = o.step;
      if (!o.scrutinises.empty()) ext["scrutinises"] = o.scrutinises;
      if (!o.note.empty()) ext["note"] = o.note;
      e[kExt] = std::move(ext);
      out.push_back(std::move(e));
    }
    return out;
  }

  // Popolo ids: an area with an OCD id is known by it; meeting series share
  // the organizations' id space, so one whose id an organisation already has
  // is known as "meeting:ID". Everything else keeps its id.
  void AssignIds() {
    std::set<std::string> used;
    for (const Area& a : reg_.areas()) {
      std::optional<std::string> ocd = OcdIdOf(a);
      std::string id = ocd && !used.contains(*ocd) ? *ocd : a.id;
      if (used.contains(id)) id = "area:" + a.id;
      used.insert(id);
      area_ids_[a.id] = id;
    }
    std::set<std::string> organisation_ids;
    for (const Organisation& o : reg_.organisations()) organisation_ids.insert(o.id);
    for (const Meeting& m : reg_.meetings()) {
      meeting_ids_[m.id] = organisation_ids.contains(m.id) ? "meeting:" + m.id : m.id;
    }
  }

  std::string AreaId(const std::string& native_id) const {
    auto it = area_ids_.find(native_id);
    return it == area_ids_.end() ? native_id : it->second;
  }

  void TranslateAreaList(Json& obj, const char* key) const {
    if (auto it = obj.find(key); it != obj.end()) {
      for (Json& id : *it) id = AreaId(id.get<std::string>());
    }
  }

  static void Identifiers(const Json& native, Json& out) {
    if (auto it = native.find("identifiers"); it != native.end()) {
      Json ids = Json::array();
      for (const Json& id : *it) ids.push_back({{"scheme", id["scheme"]}, {"identifier", id["value"]}});
      out["identifiers"] = std::move(ids);
    }
  }

  // Popolo's id, name and other_names, and the native id in the extension
  // when it differs.
  static void Common(const Json& native, const std::string& popolo_id, Json& out, Json& ext) {
    out["id"] = popolo_id;
    out["name"] = native["name"];
    if (native.contains("aliases")) out["other_names"] = OtherNames(native);
    if (native["id"] != popolo_id) ext["id"] = native["id"];
  }

  static void Finish(Json& out, Json ext) {
    if (!ext.empty()) out[kExt] = std::move(ext);
  }

  // An area, organisation or meeting serves one area in Popolo (area_id);
  // several travel in the extension, in order.
  void Areas(const Json& native, Json& out, Json& ext) const {
    auto it = native.find("areas");
    if (it == native.end()) return;
    out["area_id"] = AreaId((*it)[0].get<std::string>());
    if (it->size() > 1) {
      ext["areas"] = *it;
      TranslateAreaList(ext, "areas");
    }
  }

  Json AreaObject(size_t i) const {
    const Json& native = native_["areas"][i];
    Json out = Json::object();
    Json ext = Json::object();
    Common(native, AreaId(native["id"]), out, ext);
    if (native.contains("kind")) out["classification"] = native["kind"];
    if (native.contains("parent")) out["parent_id"] = AreaId(native["parent"]);
    Identifiers(native, out);
    ext.update(Remainder(native, {"id", "name", "aliases", "kind", "parent", "identifiers"}));
    Finish(out, std::move(ext));
    return out;
  }

  Json OrganisationObject(size_t i) const {
    const Json& native = native_["organisations"][i];
    Json out = Json::object();
    Json ext = Json::object();
    Common(native, native["id"], out, ext);
    if (native.contains("kind")) out["classification"] = native["kind"];
    if (native.contains("parent")) out["parent_id"] = native["parent"];
    Areas(native, out, ext);
    Identifiers(native, out);
    Json rest = Remainder(native, {"id", "name", "aliases", "kind", "parent", "areas", "identifiers"});
    // Founding and dissolution dates are Popolo fields; registers keep them as
    // attributes.
    if (auto a = rest.find("attributes"); a != rest.end()) {
      for (const char* key : {"founding_date", "dissolution_date"}) {
        if (auto d = a->find(key); d != a->end()) {
          out[key] = *d;
          a->erase(key);
        }
      }
      if (a->empty()) rest.erase("attributes");
    }
    ext.update(rest);
    Finish(out, std::move(ext));
    return out;
  }

  Json MeetingObject(size_t i) const {
    const Json& native = native_["meetings"][i];
    Json out = Json::object();
    Json ext = Json::object();
    ext["entity"] = "meeting";
    Common(native, meeting_ids_.at(native["id"].get<std::string>()), out, ext);
    out["classification"] = "committee";
    if (native.contains("reports_to")) out["parent_id"] = meeting_ids_.at(native["reports_to"].get<std::string>());
    if (native.contains("purpose")) out["description"] = native["purpose"];
    Areas(native, out, ext);
    ext.update(Remainder(native, {"id", "name", "aliases", "reports_to", "purpose", "areas", "participants"}));
    Finish(out, std::move(ext));
    return out;
  }

  Json PostObject(size_t i) const {
    const Json& native = native_["roles"][i];
    Json out = Json::object();
    Json ext = Json::object();
    out["id"] = native["id"];
    out["label"] = native["name"];
    if (native.contains("aliases")) out["other_label"] = native["aliases"];
    if (native.contains("organisation")) out["organization_id"] = native["organisation"];
    ext.update(Remainder(native, {"id", "name", "aliases", "organisation"}));
    Finish(out, std::move(ext));
    return out;
  }

  // The person, and a membership for each post they hold (in order).
  Json PersonObject(size_t i, Json& memberships) const {
    const Json& native = native_["people"][i];
    Json out = Json::object();
    Json ext = Json::object();
    Common(native, native["id"], out, ext);
    ext.update(Remainder(native, {"id", "name", "aliases", "roles"}));
    Finish(out, std::move(ext));
    if (auto roles = native.find("roles"); roles != native.end()) {
      for (const Json& role_id : *roles) {
        const Role& role = reg_.role(*reg_.FindRole(role_id.get<std::string>()));
        Json m = Json::object();
        m["person_id"] = native["id"];
        m["post_id"] = role_id;
        if (!role.organisation.empty()) m["organization_id"] = role.organisation.id;
        m["role"] = role.name;
        memberships.push_back(std::move(m));
      }
    }
    return out;
  }

  // A membership of the meeting's organization for each participant: a
  // person or post as the member with the organisation they stand for as
  // on_behalf_of_id, or the organisation itself as the member.
  void ParticipantMemberships(size_t i, Json& memberships) const {
    const Json& native = native_["meetings"][i];
    auto participants = native.find("participants");
    if (participants == native.end()) return;
    const std::string& meeting_id = meeting_ids_.at(native["id"].get<std::string>());
    for (const Json& p : *participants) {
      Json m = Json::object();
      m["organization_id"] = meeting_id;
      const bool individual = p.contains("person") || p.contains("role");
      if (p.contains("person")) m["person_id"] = p["person"];
      if (p.contains("role")) m["post_id"] = p["role"];
      if (p.contains("organisation")) {
        if (individual) {
          m["on_behalf_of_id"] = p["organisation"];
        } else {
          m["member"] = {{"@type", "Organization"}, {"id", p["organisation"]}};
        }
      }
      m["role"] = p.value("type", std::string(Name(ParticipationType::kMember)));
      Finish(m, Remainder(p, {"organisation", "role", "person", "type"}));
      memberships.push_back(std::move(m));
    }
  }

  // A membership for each seat on a meeting: the person, the meeting's
  // organization, the council represented as on_behalf_of_id, the office as
  // the role and the term as its dates; the rest in the extension, whose
  // "entity" tells a seat from a participant on import.
  void SeatMemberships(Json& memberships) const {
    auto seats = native_.find("memberships");
    if (seats == native_.end()) return;
    for (const Json& native : *seats) {
      Json m = Json::object();
      m["person_id"] = native["person"];
      m["organization_id"] = meeting_ids_.at(native["meeting"].get<std::string>());
      if (native.contains("council")) m["on_behalf_of_id"] = native["council"];
      m["role"] = native.value("office", std::string(Name(MemberOffice::kMember)));
      for (const char* key : {"start_date", "end_date"}) {
        if (native.contains(key)) m[key] = native[key];
      }
      Json ext = Json::object();
      ext["entity"] = "membership";
      ext.update(Remainder(native, {"person", "meeting", "council", "office", "start_date", "end_date"}));
      Finish(m, std::move(ext));
      memberships.push_back(std::move(m));
    }
  }

  const Register& reg_;
  const std::vector<Occurrence>& events_;
  Json native_;
  std::map<std::string, std::string> area_ids_;
  std::map<std::string, std::string> meeting_ids_;
};

// ---------------------------------------------------------------------------
// Import.

// Popolo classifications read as a meeting series in a plain document, after
// NormaliseName().
std::optional<MeetingKind> MeetingKindOf(absl::string_view classification) {
  static const auto* const kKinds = new std::map<std::string, MeetingKind, std::less<>>{
      {"committee", MeetingKind::kCommittee},
      {"sub committee", MeetingKind::kCommittee},
      {"subcommittee", MeetingKind::kCommittee},
      {"joint committee", MeetingKind::kCommittee},
      {"select committee", MeetingKind::kCommittee},
      {"board", MeetingKind::kBoard},
      {"partnership board", MeetingKind::kBoard},
      {"panel", MeetingKind::kPanel},
      {"forum", MeetingKind::kForum},
      {"working group", MeetingKind::kWorkingGroup},
      {"task group", MeetingKind::kWorkingGroup},
      {"task and finish group", MeetingKind::kWorkingGroup},
      {"meeting", MeetingKind::kMeeting},
  };
  auto it = kKinds->find(NormaliseName(classification));
  if (it == kKinds->end()) return std::nullopt;
  return it->second;
}

std::string SnakeCase(absl::string_view text) {
  std::string s = NormaliseName(text);
  std::replace(s.begin(), s.end(), ' ', '_');
  return s;
}

std::optional<ParticipationType> ParticipationTypeOf(absl::string_view role) {
  const std::string key = SnakeCase(role);
  if (absl::StatusOr<ParticipationType> t = ParseParticipationType(key); t.ok()) return *t;
  if (key == "chairman" || key == "chairwoman" || key == "chairperson" || key == "chair_person") {
    return ParticipationType::kChair;
  }
  if (key == "invitee" || key == "in_attendance") return ParticipationType::kAttendee;
  if (key == "secretariat" || key == "secretary" || key == "clerk") return ParticipationType::kSupport;
  return std::nullopt;
}

// Single objects ---------------------------------------------------------------

// The Popolo classes a register can take something from, in the order that
// breaks a tie when a single object's fields fit several.
enum class PopoloClass { kOrganization, kPerson, kPost, kMembership, kArea, kEvent };
constexpr PopoloClass kPopoloClasses[] = {PopoloClass::kOrganization, PopoloClass::kPerson, PopoloClass::kPost,
                                          PopoloClass::kMembership,   PopoloClass::kArea,   PopoloClass::kEvent};
constexpr size_t kPopoloClassCount = std::size(kPopoloClasses);

// The key of the class's array in a collection document.
const char* CollectionKey(PopoloClass c) {
  switch (c) {
    case PopoloClass::kOrganization:
      return "organizations";
    case PopoloClass::kPerson:
      return "persons";
    case PopoloClass::kPost:
      return "posts";
    case PopoloClass::kMembership:
      return "memberships";
    case PopoloClass::kArea:
      return "areas";
    case PopoloClass::kEvent:
      return "events";
  }
  return "";
}

// The class's name, as Popolo's JSON-LD "@type" gives it.
const char* TypeName(PopoloClass c) {
  switch (c) {
    case PopoloClass::kOrganization:
      return "Organization";
    case PopoloClass::kPerson:
      return "Person";
    case PopoloClass::kPost:
      return "Post";
    case PopoloClass::kMembership:
      return "Membership";
    case PopoloClass::kArea:
      return "Area";
    case PopoloClass::kEvent:
      return "Event";
  }
  return "";
}

std::string Noun(PopoloClass c) { return absl::AsciiStrToLower(TypeName(c)); }

std::string AOrAn(PopoloClass c) {
  const std::string noun = Noun(c);
  return absl::StrCat(absl::StrContains("aeiou", noun.substr(0, 1)) ? "an " : "a ", noun);
}

// Whether the class's Popolo JSON schema defines the field. Those every class
// has (id, created_at, updated_at, sources) are left out, and so is
// "memberships", which ShapeOf() weighs by what the memberships name.
bool IsSchemaField(PopoloClass c, absl::string_view key) {
  static const auto* const kFields = new std::map<PopoloClass, std::set<std::string, std::less<>>>{
      {PopoloClass::kOrganization,
       absl::StrSplit("name other_names identifiers classification parent_id parent area_id area founding_date "
                      "dissolution_date image contact_details links posts",
                      ' ')},
      {PopoloClass::kPerson,
       absl::StrSplit("name other_names identifiers family_name given_name additional_name honorific_prefix "
                      "honorific_suffix patronymic_name sort_name email gender birth_date death_date image summary "
                      "biography national_identity contact_details links",
                      ' ')},
      {PopoloClass::kPost,
       absl::StrSplit("label other_label role organization_id organization area_id area start_date end_date "
                      "contact_details links",
                      ' ')},
      {PopoloClass::kMembership,
       absl::StrSplit("label role member person_id person organization_id organization post_id post on_behalf_of_id "
                      "on_behalf_of area_id area start_date end_date contact_details links",
                      ' ')},
      {PopoloClass::kArea, absl::StrSplit("name identifier classification parent_id parent geometry", ' ')},
      {PopoloClass::kEvent,
       absl::StrSplit("name description start_date end_date location status identifiers classification "
                      "organization_id organization attendees parent_id parent",
                      ' ')},
  };
  return kFields->at(c).contains(key);
}

// What a document is: a collection (arrays of objects under "organizations",
// "persons", ...), or one Popolo object, or neither (`error`).
struct DocumentShape {
  bool collection = false;
  std::optional<PopoloClass> single;
  std::vector<PopoloClass> also;  // other classes the single object's fields fit as well
  std::string error;
};

// docs/popolo.md, "Single objects and the specification's examples", gives
// these rules.
DocumentShape ShapeOf(const Json& root) {
  DocumentShape shape;
  if (!root.is_object()) {
    shape.error = absl::StrCat("expected a Popolo document (a JSON object), found ", root.type_name());
    return shape;
  }
  // A collection, as before: an object with a collection other than the two
  // that Organization, Person and Post objects embed, or with those and
  // nothing naming an object of its own; and the empty object.
  const bool named = root.contains("id") || root.contains("name") || root.contains("label") || root.contains("@type");
  for (const char* key : {"organizations", "persons", "areas", "events", kExt}) shape.collection |= root.contains(key);
  if (!named && (root.contains("posts") || root.contains("memberships"))) shape.collection = true;
  if (root.empty()) shape.collection = true;
  if (shape.collection) return shape;

  if (auto type = root.find("@type"); type != root.end()) {
    for (PopoloClass c : kPopoloClasses) {
      if (*type == TypeName(c)) {
        shape.single = c;
        return shape;
      }
    }
    shape.error = absl::StrCat("\"@type\" ", type->dump(),
                               " is not a Popolo class govgraph reads (Organization, Person, Post, Membership, Area "
                               "or Event)");
    return shape;
  }

  // Embedded memberships name the other end: a person's name organizations, an
  // organization's or a post's name their members.
  bool for_person = true;
  bool for_organization = true;
  if (auto m = root.find("memberships"); m != root.end() && m->is_array()) {
    bool names_member = false;
    bool names_organization = false;
    for (const Json& e : *m) {
      if (!e.is_object()) continue;
      names_member |= e.contains("person_id") || e.contains("person") || e.contains("member");
      names_organization |= e.contains("organization_id") || e.contains("organization");
    }
    if (names_member) {
      for_person = false;
    } else if (names_organization) {
      for_organization = false;
    }
  }
  size_t counted = 0;
  std::vector<size_t> score(kPopoloClassCount, 0);
  std::vector<std::string> keys;
  for (const auto& [key, unused] : root.items()) {
    if (key == "id" || key == "created_at" || key == "updated_at" || key == "sources") continue;
    if (absl::StartsWith(key, "@") || absl::StartsWith(key, "+")) continue;  // JSON-LD, flagged extras
    ++counted;
    keys.push_back(absl::StrCat("\"", key, "\""));
    for (size_t i = 0; i < kPopoloClassCount; ++i) {
      const PopoloClass c = kPopoloClasses[i];
      if (IsSchemaField(c, key)) ++score[i];
      if (key == "memberships") {
        if (c == PopoloClass::kPerson && for_person) ++score[i];
        if ((c == PopoloClass::kOrganization || c == PopoloClass::kPost) && for_organization) ++score[i];
      }
    }
  }
  const size_t best = *std::max_element(score.begin(), score.end());
  // At least half of the object's fields must be the class's own.
  if (best == 0 || 2 * best < counted) {
    if (keys.size() > 8) {
      keys.resize(8);
      keys.push_back("...");
    }
    shape.error = absl::StrCat(
        "not a Popolo document: it has none of the arrays \"organizations\", \"persons\", \"posts\", "
        "\"memberships\", \"areas\" and \"events\", and its fields (",
        keys.empty() ? std::string("none but \"id\"") : absl::StrJoin(keys, ", "),
        ") are not those of one Popolo organization, person, post, membership, area or event");
    return shape;
  }
  for (size_t i = 0; i < kPopoloClassCount; ++i) {
    if (score[i] != best) continue;
    if (!shape.single) {
      shape.single = kPopoloClasses[i];
    } else {
      shape.also.push_back(kPopoloClasses[i]);
    }
  }
  return shape;
}

class Importer {
 public:
  explicit Importer(const Json& root) : root_(root) {}

  absl::StatusOr<PopoloImport> Run() {
    const DocumentShape shape = ShapeOf(root_);
    if (!shape.error.empty()) return absl::InvalidArgumentError(shape.error);
    single_ = shape.single.has_value();
    if (single_) {
      if (!shape.also.empty()) {
        std::string others = AOrAn(shape.also.back());
        if (shape.also.size() > 1) {
          std::vector<std::string> rest;
          for (size_t i = 0; i + 1 < shape.also.size(); ++i) rest.push_back(AOrAn(shape.also[i]));
          others = absl::StrCat(absl::StrJoin(rest, ", "), " or ", others);
        }
        Note("", absl::StrCat("read as one Popolo ", Noun(*shape.single), "; its fields fit ", others,
                              " as well (\"@type\" says which)"));
      }
      Gather(*shape.single, root_, "");
    } else {
      extended_ = root_.contains(kExt);
      for (const auto& [key, value] : root_.items()) {
        if (!Contains({kExt, "areas", "organizations", "posts", "persons", "memberships", "events"}, key)) {
          Note(key, "not imported: govgraph has no counterpart for Popolo's \"" + key + "\"");
        }
      }
      for (PopoloClass c : kPopoloClasses) {
        EachObject(root_, "", CollectionKey(c), [&](const Json& v, const std::string& p, size_t) { Gather(c, v, p); });
      }
    }
    // Objects embedded in others, breadth first, after every top-level one.
    for (size_t i = 0; i < embedded_.size(); ++i) GatherEmbedded(embedded_[i]);

    native_ = Native::object();
    ReadBlock();
    // Ids first, so references may point forward.
    ForEach(PopoloClass::kArea, [&](const Json& v, const std::string& p) { IndexArea(v, p); });
    ForEach(PopoloClass::kOrganization, [&](const Json& v, const std::string& p) { IndexOrganization(v, p); });
    ForEach(PopoloClass::kPost, [&](const Json& v, const std::string& p) { IndexSimple(v, p, posts_); });
    ForEach(PopoloClass::kPerson, [&](const Json& v, const std::string& p) { IndexSimple(v, p, persons_); });
    if (!problems_.empty()) return ProblemsToStatus(problems_);
    if (auto it = native_.find("initiatives"); it != native_.end() && it->is_array()) {
      for (size_t i = 0; i < it->size(); ++i) {
        if ((*it)[i].is_object()) AreaList((*it)[i], absl::StrCat(kExt, ".initiatives[", i, "]"), "");
      }
    }

    ForEach(PopoloClass::kArea, [&](const Json& v, const std::string& p) { ReadArea(v, p); });
    ForEach(PopoloClass::kOrganization, [&](const Json& v, const std::string& p) { ReadOrganization(v, p); });
    ForEach(PopoloClass::kPost, [&](const Json& v, const std::string& p) { ReadPost(v, p); });
    ForEach(PopoloClass::kPerson, [&](const Json& v, const std::string& p) { ReadPerson(v, p); });
    ForEach(PopoloClass::kMembership, [&](const Json& v, const std::string& p) { ReadMembership(v, p); });
    ForEach(PopoloClass::kEvent, [&](const Json& v, const std::string& p) { ReadEvent(v, p); });
    CadencesFromEvents();
    // Roles made for memberships have no Popolo object of their own.
    for (const std::string& id : synthetic_role_order_) Section("roles").push_back(synthetic_roles_[id]);
    if (!problems_.empty()) return ProblemsToStatus(problems_);

    RegisterBuilder builder;
    std::vector<Diagnostic> problems;
    // Problems of shape first, as the native reader reports them.
    internal::ReadRegisterSections(native_, builder, problems);
    if (!problems.empty()) return Placed(std::move(problems));
    absl::StatusOr<Register> reg = std::move(builder).Build();
    if (!reg.ok()) {
      // Build() gives its problems joined in one message; Check() on the same
      // entities, read again, gives them one by one to be placed.
      RegisterBuilder again;
      internal::ReadRegisterSections(native_, again, problems);
      return Placed(again.Check());
    }
    return PopoloImport{*std::move(reg), std::move(diagnostics_)};
  }

 private:
  enum class OrgType { kOrganisation, kMeeting };
  struct OrgEntry {
    OrgType type;
    std::string native_id;
    size_t native_index;
  };

  void Fail(const std::string& path, std::string message) {
    problems_.push_back(Diagnostic::AtPath(path, std::move(message)));
  }

  // Gathering ----------------------------------------------------------------
  //
  // Every object to read, at the top level or embedded in another, is read
  // from a copy kept with its path in the document. An embedded object is
  // taken out of its parent's copy, and the references between the two are
  // filled in where the document leaves them out.

  struct Item {
    Json obj;
    std::string path;
  };
  struct Embedded {
    PopoloClass type;
    Json obj;
    std::string path;
    std::vector<std::pair<std::string, std::string>> fills;  // key, value filled in when absent
    std::string parent;                                      // the parent's class, as a noun
  };

  template <class Fn>
  void ForEach(PopoloClass c, Fn read) {
    for (const Item& item : items_[static_cast<size_t>(c)]) read(item.obj, item.path);
  }

  static bool Absent(const Json& obj, const char* key) {
    auto it = obj.find(key);
    return it == obj.end() || it->is_null();
  }

  static std::string StringOr(const Json& obj, const char* key) {
    auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? it->get<std::string>() : "";
  }

  static std::string Where(const std::string& path) { return path.empty() ? "the document's own object" : path; }

  // Popolo's schemas let an object leave out its id. In a single-object
  // document an area without one is known by its "identifier", anything else
  // (but a membership or an event, which need none) by a slug of its name.
  void GiveId(PopoloClass c, Json& obj, const std::string& path) {
    if (!single_ || c == PopoloClass::kMembership || c == PopoloClass::kEvent || !Absent(obj, "id")) return;
    if (c == PopoloClass::kArea) {
      if (const std::string identifier = StringOr(obj, "identifier"); !identifier.empty()) {
        obj["id"] = identifier;
        Note(path, absl::StrCat("no \"id\"; the area is known by its \"identifier\" \"", identifier, "\""));
        return;
      }
    }
    const char* key = c == PopoloClass::kPost ? "label" : "name";
    const std::string slug = Slugify(StringOr(obj, key));
    if (slug.empty()) return;  // reported as a missing id
    obj["id"] = slug;
    Note(path, absl::StrCat("no \"id\"; known as \"", slug, "\", a slug of its ", key));
  }

  void Gather(PopoloClass c, const Json& v, const std::string& path) {
    Json obj = v;
    if (single_ && path.empty()) obj.erase("@type");
    GiveId(c, obj, path);
    TakeEmbedded(c, obj, path);
    const size_t i = static_cast<size_t>(c);
    if (const std::string id = StringOr(obj, "id"); !id.empty()) gathered_ids_[i].emplace(id, items_[i].size());
    items_[i].push_back({std::move(obj), path});
  }

  // Takes the objects embedded in `obj` out of it, to be gathered later, and
  // sets the references they stand for: an object in place of an id
  // ("organization" for "organization_id") sets the id; a list of posts or
  // memberships gets the parent's id in each.
  void TakeEmbedded(PopoloClass c, Json& obj, const std::string& path) {
    const std::string id = StringOr(obj, "id");
    const std::string noun = Noun(c);
    auto one = [&](const char* key, PopoloClass type, const char* ref_key,
                   std::vector<std::pair<std::string, std::string>> fills) {
      auto it = obj.find(key);
      if (it == obj.end() || !it->is_object()) return;
      Json child = *it;
      const std::string child_path = Child(path, key);
      GiveId(type, child, child_path);
      if (const std::string child_id = StringOr(child, "id"); !child_id.empty()) {
        if (Absent(obj, ref_key)) {
          obj[ref_key] = child_id;
        } else if (obj[ref_key] != child_id) {
          Note(Child(path, ref_key), absl::StrCat("names ", obj[ref_key].dump(), ", but the embedded \"", key,
                                                  "\" is \"", child_id, "\"; read as ", obj[ref_key].dump()));
        }
      }
      obj.erase(key);
      embedded_.push_back({type, std::move(child), child_path, std::move(fills), noun});
    };
    auto many = [&](const char* key, PopoloClass type, const std::vector<std::pair<std::string, std::string>>& fills) {
      if (Absent(obj, key)) return;
      EachObject(obj, path, key, [&](const Json& e, const std::string& p, size_t) {
        Json child = e;
        GiveId(type, child, p);
        embedded_.push_back({type, std::move(child), p, fills, noun});
      });
      obj.erase(key);
    };
    switch (c) {
      case PopoloClass::kOrganization:
        one("parent", PopoloClass::kOrganization, "parent_id", {});
        one("area", PopoloClass::kArea, "area_id", {});
        many("posts", PopoloClass::kPost, {{"organization_id", id}});
        many("memberships", PopoloClass::kMembership, {{"organization_id", id}});
        break;
      case PopoloClass::kPerson:
        many("memberships", PopoloClass::kMembership, {{"person_id", id}});
        break;
      case PopoloClass::kPost:
        one("organization", PopoloClass::kOrganization, "organization_id", {});
        many("memberships", PopoloClass::kMembership,
             {{"post_id", id}, {"organization_id", StringOr(obj, "organization_id")}});
        break;
      case PopoloClass::kMembership:
        one("organization", PopoloClass::kOrganization, "organization_id", {});
        one("on_behalf_of", PopoloClass::kOrganization, "on_behalf_of_id", {});
        one("person", PopoloClass::kPerson, "person_id", {});
        // The post is held in the membership's organization.
        one("post", PopoloClass::kPost, "post_id", {{"organization_id", StringOr(obj, "organization_id")}});
        break;
      case PopoloClass::kArea:
        one("parent", PopoloClass::kArea, "parent_id", {});
        break;
      case PopoloClass::kEvent:
        one("organization", PopoloClass::kOrganization, "organization_id", {});
        break;
    }
  }

  // An embedded object, with its parent's references filled in. One whose id
  // was gathered already only refers to that object; what it gives otherwise
  // is reported.
  void GatherEmbedded(const Embedded& e) {
    Json obj = e.obj;
    for (const auto& [key, value] : e.fills) {
      if (value.empty()) continue;
      // A membership in a person's list may name its member otherwise.
      if (key == "person_id" && obj.contains("member")) continue;
      auto it = obj.find(key);
      if (it == obj.end() || it->is_null()) {
        obj[key] = value;
      } else if (*it != value) {
        Note(Child(e.path, key), absl::StrCat("names ", it->dump(), ", but the ", e.parent,
                                              " it is given in implies \"", value, "\"; read as ", it->dump()));
      }
    }
    const size_t i = static_cast<size_t>(e.type);
    const std::string id = StringOr(obj, "id");
    auto kept = id.empty() ? gathered_ids_[i].end() : gathered_ids_[i].find(id);
    if (kept == gathered_ids_[i].end()) {
      Gather(e.type, obj, e.path);
      return;
    }
    TakeEmbedded(e.type, obj, e.path);
    const Item& item = items_[i][kept->second];
    for (const auto& [key, value] : obj.items()) {
      if (key == "id" || !e.obj.contains(key)) continue;  // filled in, not given
      auto k = item.obj.find(key);
      if (k != item.obj.end() && *k == value) continue;
      Note(Child(e.path, key),
           absl::StrCat("not imported: ", Noun(e.type), " \"", id, "\" is read from ", Where(item.path), ", which ",
                        k == item.obj.end() ? "does not give it" : "gives it differently"));
    }
  }

  // A register holds meeting series, not sittings: an event of a series is
  // kept only as the dates its cadence can be inferred from.
  void ReadEvent(const Json& v, const std::string& p) {
    const std::string name =
        v.is_object() && v.contains("name") && v["name"].is_string() ? v["name"].get<std::string>() : "";
    std::vector<std::string> which;
    if (!name.empty()) which.push_back(absl::StrCat("event \"", name, "\""));
    const OrgEntry* series = nullptr;
    if (single_) {
      // No placeholder: an event of an organization not in the document is
      // not kept either way.
      if (std::optional<std::string> id = String(v, p, "organization_id")) {
        auto it = orgs_.find(*id);
        if (it == orgs_.end() || placeholders_.contains({PopoloClass::kOrganization, *id})) {
          which.push_back(absl::StrCat("no organization with id \"", *id, "\" in this document"));
        } else {
          series = &it->second;
        }
      }
    } else if (v.contains("organization_id")) {
      series = OrgRef(v, p, "organization_id");
    }
    if (series == nullptr || series->type != OrgType::kMeeting) {
      Note(p, absl::StrCat("not imported: a register holds meeting series, not dated sittings, and this event belongs "
                           "to no committee",
                           which.empty() ? "" : absl::StrCat(" (", absl::StrJoin(which, "; "), ")")));
      return;
    }
    Sitting sitting;
    if (std::optional<std::string> status = String(v, p, "status")) {
      sitting.cancelled = absl::StrContains(absl::AsciiStrToLower(*status), "cancel");
    }
    if (std::optional<std::string> start = String(v, p, "start_date")) {
      absl::CivilDay day;
      if (start->size() >= 10 && absl::ParseCivilTime(start->substr(0, 10), &day)) {
        sitting.date = day;
      } else {
        Note(Child(p, "start_date"), absl::StrCat("\"", *start, "\" is not a date (YYYY-MM-DD...); not used"));
      }
    }
    EventsOf& of = events_[series->native_id];
    if (of.sittings.empty()) of.first_path = p;
    of.sittings.push_back(std::move(sitting));
  }

  // Each series with events: its cadence from their dates when the document
  // gives none, else a note that they were not imported.
  void CadencesFromEvents() {
    for (Native& meeting : Section("meetings")) {
      auto it = events_.find(meeting["id"].get<std::string>());
      if (it == events_.end()) continue;
      const EventsOf& of = it->second;
      if (meeting.contains("cadence")) {
        Note(of.first_path, absl::StrCat(of.sittings.size(), " event(s) of \"", meeting["id"].get<std::string>(),
                                         "\" not imported: a register holds meeting series, and the series gives "
                                         "its cadence"));
        continue;
      }
      const CadenceEvidence e = InferCadence(of.sittings, "Popolo");
      const std::string evidence = absl::StrCat("from ", of.sittings.size(), " Popolo event(s): ", e.reason);
      Native cadence = Native::object();
      cadence["kind"] = std::string(Name(e.cadence.kind()));
      if (e.cadence.per_year()) cadence["per_year"] = *e.cadence.per_year();
      cadence["note"] = evidence;
      meeting["cadence"] = std::move(cadence);
      KeepAsAttribute(meeting, "cadence_evidence", evidence);
      Note(of.first_path, absl::StrCat("cadence of \"", meeting["id"].get<std::string>(), "\" inferred ", evidence));
    }
  }

  struct EventsOf {
    std::string first_path;
    std::vector<Sitting> sittings;
  };
  std::map<std::string, EventsOf> events_;  // by the meeting series' native id
  // What was left out, or read with a judgement: a warning at its path.
  void Note(const std::string& path, std::string message) {
    const bool left_out = absl::StartsWith(message, "not imported");
    Diagnostic d = Diagnostic::AtPath(path, std::move(message),
                                      left_out ? diagnostic_code::kNotImported : diagnostic_code::kJudged);
    d.severity = Severity::kWarning;
    diagnostics_.push_back(std::move(d));
  }

  static std::string Child(const std::string& path, absl::string_view key) {
    return path.empty() ? std::string(key) : absl::StrCat(path, ".", key);
  }

  Native& Section(const char* key) {
    if (!native_.contains(key)) native_[key] = Native::array();
    return native_[key];
  }

  // Adds a native entity to its section, made from the Popolo object at `path`.
  void Add(const char* key, Native entity, const std::string& path) {
    Section(key).push_back(std::move(entity));
    places_[key].push_back({path, {}});
  }

  // Calls read(element, path, index) for each object in the array `key` of
  // `parent`; reports a non-array or non-object once, however often walked.
  template <class Fn>
  void EachObject(const Json& parent, const std::string& parent_path, const char* key, Fn read) {
    auto it = parent.find(key);
    if (it == parent.end() || it->is_null()) return;
    const std::string here = Child(parent_path, key);
    if (!it->is_array()) {
      if (reported_arrays_.insert(here).second) Fail(here, absl::StrCat("expected an array, found ", it->type_name()));
      return;
    }
    for (size_t i = 0; i < it->size(); ++i) {
      const std::string path = absl::StrCat(here, "[", i, "]");
      const Json& v = (*it)[i];
      if (!v.is_object()) {
        if (reported_arrays_.insert(path).second) Fail(path, absl::StrCat("expected an object, found ", v.type_name()));
        continue;
      }
      read(v, path, i);
    }
  }

  // A string field; null and absent are both "not given".
  std::optional<std::string> String(const Json& obj, const std::string& path, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return std::nullopt;
    if (!it->is_string()) {
      Fail(Child(path, key), absl::StrCat("expected a string, found ", it->type_name()));
      return std::nullopt;
    }
    return it->get<std::string>();
  }

  std::string RequiredString(const Json& obj, const std::string& path, const char* key) {
    std::optional<std::string> s = String(obj, path, key);
    if (!s && !(obj.contains(key) && !obj[key].is_null())) Fail(path, absl::StrCat("missing \"", key, "\""));
    if (s && s->empty()) Fail(Child(path, key), "is empty");
    return s.value_or("");
  }

  // The object's extension, or an empty object.
  Json Extension(const Json& obj, const std::string& path) {
    auto it = obj.find(kExt);
    if (it == obj.end()) return Json::object();
    if (!it->is_object()) {
      Fail(Child(path, kExt), absl::StrCat("expected an object, found ", it->type_name()));
      return Json::object();
    }
    return *it;
  }

  void ReadBlock() {
    auto it = root_.find(kExt);
    if (it == root_.end()) return;
    if (!it->is_object()) {
      Fail(kExt, absl::StrCat("expected an object, found ", it->type_name()));
      return;
    }
    for (const auto& [key, value] : it->items()) {
      if (key == "schema_version") {
        if (!value.is_number_integer() || value.get<int64_t>() != kRegisterSchemaVersion) {
          Fail("govgraph.schema_version",
               absl::StrCat("this library reads version ", kRegisterSchemaVersion, ", found ", value.dump()));
        }
      } else if (Contains({"info", "defaults", "topics", "initiatives"}, key)) {
        native_[key] = value;
      } else {
        Fail(kExt, absl::StrCat("unknown field \"", key, "\""));
      }
    }
  }

  // Ids --------------------------------------------------------------------

  void IndexArea(const Json& v, const std::string& p) {
    const std::string id = RequiredString(v, p, "id");
    if (id.empty()) return;
    Json ext = Extension(v, p);
    std::string native_id = id;
    if (auto e = ext.find("id"); e != ext.end() && e->is_string()) {
      native_id = e->get<std::string>();
    } else if (!extended_ && absl::StartsWith(id, kOcdPrefix)) {
      // A plain document names areas by OCD id; the register uses a slug of the
      // name.
      if (auto name = v.find("name"); name != v.end() && name->is_string()) {
        std::string slug = Slugify(name->get<std::string>());
        if (!slug.empty() && !native_area_ids_.contains(slug)) native_id = slug;
      }
    }
    if (!areas_.emplace(id, native_id).second) Fail(Child(p, "id"), absl::StrCat("duplicate area id \"", id, "\""));
    native_area_ids_.insert(native_id);
  }

  void IndexOrganization(const Json& v, const std::string& p) {
    const std::string id = RequiredString(v, p, "id");
    if (id.empty()) return;
    Json ext = Extension(v, p);
    OrgType type = OrgType::kOrganisation;
    if (extended_) {
      if (ext.value("entity", "") == "meeting") type = OrgType::kMeeting;
    } else if (auto c = v.find("classification");
               c != v.end() && c->is_string() && MeetingKindOf(c->get<std::string>())) {
      type = OrgType::kMeeting;
    }
    std::string native_id = id;
    if (auto e = ext.find("id"); e != ext.end() && e->is_string()) native_id = e->get<std::string>();
    size_t& count = type == OrgType::kMeeting ? meeting_count_ : organisation_count_;
    if (!orgs_.emplace(id, OrgEntry{type, native_id, count++}).second) {
      Fail(Child(p, "id"), absl::StrCat("duplicate organization id \"", id, "\""));
    }
  }

  void IndexSimple(const Json& v, const std::string& p, std::set<std::string>& ids) {
    const std::string id = RequiredString(v, p, "id");
    if (!id.empty() && !ids.insert(id).second) Fail(Child(p, "id"), absl::StrCat("duplicate id \"", id, "\""));
  }

  // References -------------------------------------------------------------

  std::optional<std::string> AreaRef(const Json& obj, const std::string& path, const char* key) {
    std::optional<std::string> id = String(obj, path, key);
    if (!id) return std::nullopt;
    if (!areas_.contains(*id) && !Missing(PopoloClass::kArea, *id, Child(path, key))) return std::nullopt;
    if (placeholders_.contains({PopoloClass::kArea, *id})) PlaceholderNote(PopoloClass::kArea, *id, Child(path, key));
    return areas_.at(*id);
  }

  const OrgEntry* OrgRef(const Json& obj, const std::string& path, const char* key) {
    std::optional<std::string> id = String(obj, path, key);
    if (!id) return nullptr;
    if (!orgs_.contains(*id) && !Missing(PopoloClass::kOrganization, *id, Child(path, key))) return nullptr;
    if (placeholders_.contains({PopoloClass::kOrganization, *id})) {
      PlaceholderNote(PopoloClass::kOrganization, *id, Child(path, key));
    }
    return &orgs_.at(*id);
  }

  // A person or post id; `org` and `name` are the organisation and the name of
  // a placeholder post.
  std::optional<std::string> SimpleRef(const Json& obj, const std::string& path, const char* key,
                                       const std::set<std::string>& ids, PopoloClass c, const OrgEntry* org = nullptr,
                                       const std::string& name = "") {
    std::optional<std::string> id = String(obj, path, key);
    if (!id) return std::nullopt;
    if (!ids.contains(*id) && !Missing(c, *id, Child(path, key), org, name)) return std::nullopt;
    if (placeholders_.contains({c, *id})) PlaceholderNote(c, *id, Child(path, key));
    return id;
  }

  // A reference to an id the document does not have. In a collection that is
  // an error; a single object refers to what is outside it, so there a
  // placeholder of that id stands for the object, named by `name` or else by
  // the id, and each reference to it is reported. False when the reference is
  // unusable.
  bool Missing(PopoloClass c, const std::string& id, const std::string& ref, const OrgEntry* org = nullptr,
               const std::string& name = "") {
    if (!single_) {
      Fail(ref, absl::StrCat("no ", Noun(c), " with id \"", id, "\""));
      return false;
    }
    placeholders_[{c, id}] = name.empty() ? id : name;
    Native native = Native::object();
    native["id"] = id;
    native["name"] = placeholders_[{c, id}];
    native["attributes"] = {{"placeholder", absl::StrCat("referenced at ", ref, "; not in the Popolo document")}};
    switch (c) {
      case PopoloClass::kOrganization:
        orgs_.emplace(id, OrgEntry{OrgType::kOrganisation, id, organisation_count_++});
        Add("organisations", std::move(native), ref);
        break;
      case PopoloClass::kArea:
        areas_.emplace(id, id);
        native_area_ids_.insert(id);
        Add("areas", std::move(native), ref);
        break;
      case PopoloClass::kPerson:
        persons_.insert(id);
        person_index_[id] = Section("people").size();
        Add("people", std::move(native), ref);
        break;
      case PopoloClass::kPost: {
        const std::string organisation =
            org != nullptr && org->type == OrgType::kOrganisation ? org->native_id : std::string();
        if (!organisation.empty()) native["organisation"] = organisation;
        posts_.insert(id);
        post_organisations_[id] = organisation;
        post_labels_[id] = native["name"].get<std::string>();
        Add("roles", std::move(native), ref);
        break;
      }
      case PopoloClass::kMembership:
      case PopoloClass::kEvent:
        break;
    }
    return true;
  }

  void PlaceholderNote(PopoloClass c, const std::string& id, const std::string& ref) {
    Note(ref, absl::StrCat("no ", Noun(c), " with id \"", id, "\" in this document; kept as a placeholder ", Noun(c),
                           " named \"", placeholders_.at({c, id}), "\""));
  }

  // Translates an extension's list of Popolo area ids.
  void AreaList(Native& native, const std::string& path, const char* prefix = ".govgraph") {
    auto it = native.find("areas");
    if (it == native.end()) return;
    if (!it->is_array()) return;  // the native reader reports the shape
    for (size_t i = 0; i < it->size(); ++i) {
      Native& id = (*it)[i];
      if (!id.is_string()) continue;
      auto a = areas_.find(id.get<std::string>());
      if (a == areas_.end()) {
        Fail(absl::StrCat(path, prefix, ".areas[", i, "]"),
             absl::StrCat("no area with id \"", id.get<std::string>(), "\""));
        continue;
      }
      id = a->second;
    }
  }

  // Shared fields ------------------------------------------------------------

  // Starts the native object from the extension (less its bookkeeping keys)
  // and adds id and name.
  Native Start(const Json& v, const std::string& p, const std::string& native_id, const char* name_key = "name") {
    Native native = Native::object();
    native["id"] = native_id;
    native["name"] = RequiredString(v, p, name_key);
    const Json ext = Extension(v, p);
    for (const auto& [key, value] : ext.items()) {
      if (key != "id" && key != "entity") native[key] = value;
    }
    return native;
  }

  void OtherNamesField(const Json& v, const std::string& p, Native& native) {
    Native aliases = Native::array();
    EachObject(v, p, "other_names", [&](const Json& e, const std::string& ep, size_t) {
      if (std::optional<std::string> name = String(e, ep, "name")) {
        aliases.push_back(*name);
      } else if (!e.contains("name")) {
        Fail(ep, "missing \"name\"");
      }
      for (const auto& [key, unused] : e.items()) {
        if (key != "name") Note(Child(ep, key), "not imported: an alias has only a name");
      }
    });
    if (!aliases.empty()) native["aliases"] = std::move(aliases);
  }

  void IdentifiersField(const Json& v, const std::string& p, Native& native) {
    Native ids = Native::array();
    EachObject(v, p, "identifiers", [&](const Json& e, const std::string& ep, size_t) {
      std::optional<std::string> value = String(e, ep, "identifier");
      std::optional<std::string> scheme = String(e, ep, "scheme");
      if (!value) {
        if (!e.contains("identifier")) Fail(ep, "missing \"identifier\"");
        return;
      }
      if (!scheme || scheme->empty()) {
        Note(ep, absl::StrCat("not imported: identifier \"", *value, "\" has no scheme"));
        return;
      }
      ids.push_back({{"scheme", *scheme}, {"value", *value}});
    });
    if (!ids.empty()) native["identifiers"] = std::move(ids);
  }

  // Fields of `v` outside `known`: text is kept as an attribute of the same
  // name; anything else is reported.
  void Extra(const Json& v, const std::string& p, std::initializer_list<const char*> known, Native& native) {
    for (const auto& [key, value] : v.items()) {
      if (key == kExt || Contains(known, key) || value.is_null()) continue;
      if (value.is_string()) {
        Native& attributes = native["attributes"];
        if (attributes.is_null()) attributes = Native::object();
        if (attributes.is_object() && !attributes.contains(key)) {
          attributes[key] = value;
          continue;
        }
      }
      Note(Child(p, key), "not imported: no govgraph field for it");
    }
  }

  void KeepAsAttribute(Native& native, const std::string& key, const std::string& value) {
    Native& attributes = native["attributes"];
    if (attributes.is_null()) attributes = Native::object();
    if (attributes.is_object()) attributes[key] = value;
  }

  // Entities ---------------------------------------------------------------

  void ReadArea(const Json& v, const std::string& p) {
    const std::string id = v["id"].get<std::string>();
    Native native = Start(v, p, areas_.at(id));
    OtherNamesField(v, p, native);
    if (std::optional<std::string> c = String(v, p, "classification")) {
      if (absl::StatusOr<AreaKind> kind = ParseAreaKind(SnakeCase(*c)); kind.ok()) {
        native["kind"] = std::string(Name(*kind));
      } else {
        KeepAsAttribute(native, "classification", *c);
        Note(Child(p, "classification"),
             absl::StrCat("\"", *c, "\" is not an area kind; kept as attribute classification"));
      }
    }
    if (std::optional<std::string> parent = AreaRef(v, p, "parent_id")) native["parent"] = *parent;
    IdentifiersField(v, p, native);
    // Popolo's Area has one "identifier" of its own besides "identifiers".
    // OCD ids, as the id or that identifier, are kept as `ocd` identifiers.
    const std::optional<std::string> identifier = String(v, p, "identifier");
    for (const std::optional<std::string>& ocd : {std::optional<std::string>(id), identifier}) {
      if (!ocd || !absl::StartsWith(*ocd, kOcdPrefix)) continue;
      Native& ids = native["identifiers"];
      if (ids.is_null()) ids = Native::array();
      const std::string scheme(kOcdScheme);
      bool present = false;
      for (const Native& i : ids) present = present || (i["scheme"] == scheme && i["value"] == *ocd);
      if (!present) ids.push_back({{"scheme", scheme}, {"value", *ocd}});
    }
    if (identifier && (absl::StartsWith(*identifier, kOcdPrefix) || *identifier == id)) {
      Extra(v, p, {"id", "name", "other_names", "classification", "parent_id", "identifiers", "identifier"}, native);
    } else {
      Extra(v, p, {"id", "name", "other_names", "classification", "parent_id", "identifiers"}, native);
    }
    Add("areas", std::move(native), p);
  }

  void ReadOrganization(const Json& v, const std::string& p) {
    const OrgEntry& entry = orgs_.at(v["id"].get<std::string>());
    Native native = Start(v, p, entry.native_id);
    OtherNamesField(v, p, native);
    const bool has_ext = v.contains(kExt);
    if (!native.contains("areas")) {
      if (std::optional<std::string> area = AreaRef(v, p, "area_id")) native["areas"] = Native::array({*area});
    } else {
      AreaList(native, p);
      AreaRef(v, p,
              "area_id");  // checked, and the first of the extension's list
    }
    const OrgEntry* parent = OrgRef(v, p, "parent_id");
    std::optional<std::string> classification = String(v, p, "classification");
    if (entry.type == OrgType::kMeeting) {
      // With an extension the kind is in it (absent for a plain "meeting").
      if (!has_ext && classification) {
        if (std::optional<MeetingKind> kind = MeetingKindOf(*classification)) native["kind"] = std::string(Name(*kind));
      }
      if (std::optional<std::string> d = String(v, p, "description")) native["purpose"] = *d;
      if (parent != nullptr && parent->type == OrgType::kMeeting) {
        native["reports_to"] = parent->native_id;
      } else if (parent != nullptr && !native.contains("lead")) {
        // A committee's parent body is the one that runs it.
        native["lead"] = parent->native_id;
      }
      Extra(v, p, {"id", "name", "other_names", "classification", "parent_id", "area_id", "description"}, native);
      Add("meetings", std::move(native), p);
      return;
    }
    if (classification) {
      absl::StatusOr<OrganisationKind> kind = ParseOrganisationKind(*classification);
      if (!kind.ok()) kind = ParseOrganisationKind(SnakeCase(*classification));
      if (kind.ok()) {
        native["kind"] = std::string(Name(*kind));
      } else {
        KeepAsAttribute(native, "classification", *classification);
        Note(Child(p, "classification"), absl::StrCat("\"", *classification,
                                                      "\" is not an organisation kind; kept as attribute "
                                                      "classification"));
      }
    }
    if (parent != nullptr) {
      if (parent->type == OrgType::kOrganisation) {
        native["parent"] = parent->native_id;
      } else {
        Note(Child(p, "parent_id"), "not imported: an organisation cannot sit inside a meeting series");
      }
    }
    IdentifiersField(v, p, native);
    Extra(v, p, {"id", "name", "other_names", "classification", "parent_id", "area_id", "identifiers"}, native);
    Add("organisations", std::move(native), p);
  }

  void ReadPost(const Json& v, const std::string& p) {
    Native native = Start(v, p, v["id"].get<std::string>(), "label");
    if (auto it = v.find("other_label"); it != v.end() && !it->is_null()) {
      if (!it->is_array()) {
        Fail(Child(p, "other_label"), absl::StrCat("expected an array of strings, found ", it->type_name()));
      } else {
        Native aliases = Native::array();
        for (size_t i = 0; i < it->size(); ++i) {
          if (!(*it)[i].is_string()) {
            Fail(absl::StrCat(p, ".other_label[", i, "]"),
                 absl::StrCat("expected a string, found ", (*it)[i].type_name()));
            continue;
          }
          aliases.push_back((*it)[i].get<std::string>());
        }
        if (!aliases.empty()) native["aliases"] = std::move(aliases);
      }
    }
    if (const OrgEntry* org = OrgRef(v, p, "organization_id")) {
      if (org->type == OrgType::kOrganisation) {
        native["organisation"] = org->native_id;
      } else {
        Note(Child(p, "organization_id"),
             "not imported: the post is in a meeting series, and roles belong "
             "to organisations");
      }
    }
    post_organisations_[v["id"].get<std::string>()] = native.value("organisation", "");
    post_labels_[v["id"].get<std::string>()] = native["name"].get<std::string>();
    Extra(v, p, {"id", "label", "other_label", "organization_id"}, native);
    Add("roles", std::move(native), p);
  }

  void ReadPerson(const Json& v, const std::string& p) {
    const std::string id = v["id"].get<std::string>();
    Native native = Start(v, p, id);
    OtherNamesField(v, p, native);
    Extra(v, p, {"id", "name", "other_names"}, native);
    person_index_[id] = Section("people").size();
    Add("people", std::move(native), p);
  }

  // A seat on a meeting, as the export writes it (the extension's "entity"
  // is "membership"): read back into the register's memberships.
  void ReadSeat(const Json& v, const std::string& p, Json ext) {
    const OrgEntry* org = OrgRef(v, p, "organization_id");
    std::optional<std::string> person = SimpleRef(v, p, "person_id", persons_, PopoloClass::kPerson);
    const OrgEntry* council = OrgRef(v, p, "on_behalf_of_id");
    std::optional<std::string> role = String(v, p, "role");
    for (const auto& [key, unused] : v.items()) {
      if (!Contains({kExt, "organization_id", "person_id", "on_behalf_of_id", "role", "start_date", "end_date"}, key)) {
        Fail(Child(p, key), "not a field of a govgraph membership");
      }
    }
    if (!problems_.empty()) return;
    if (org == nullptr || org->type != OrgType::kMeeting) {
      Fail(Child(p, "organization_id"), "a govgraph membership is of a meeting series");
      return;
    }
    if (!person) {
      Fail(p, "missing \"person_id\"");
      return;
    }
    if (council != nullptr && council->type == OrgType::kMeeting) {
      Fail(Child(p, "on_behalf_of_id"), "a member represents an organisation, not a meeting series");
      return;
    }
    Native seat = Native::object();
    seat["person"] = *person;
    seat["meeting"] = org->native_id;
    if (council != nullptr) seat["council"] = council->native_id;
    if (role && *role != Name(MemberOffice::kMember)) seat["office"] = *role;
    for (const char* key : {"start_date", "end_date"}) {
      if (auto d = v.find(key); d != v.end() && !d->is_null()) seat[key] = *d;
    }
    ext.erase("entity");
    seat.update(ext);
    Add("memberships", std::move(seat), p);
  }

  void ReadMembership(const Json& v, const std::string& p) {
    if (auto e = v.find(kExt); e != v.end() && e->is_object() && e->value("entity", "") == "membership") {
      ReadSeat(v, p, *e);
      return;
    }
    const OrgEntry* org = OrgRef(v, p, "organization_id");
    std::optional<std::string> person = SimpleRef(v, p, "person_id", persons_, PopoloClass::kPerson);
    std::optional<std::string> role_text = String(v, p, "role");
    std::optional<std::string> label = String(v, p, "label");
    // A post outside the document is named by what the membership calls it.
    std::optional<std::string> post =
        SimpleRef(v, p, "post_id", posts_, PopoloClass::kPost, org, label.value_or(role_text.value_or("")));
    const OrgEntry* on_behalf_of = OrgRef(v, p, "on_behalf_of_id");
    const OrgEntry* member_org = nullptr;
    if (auto m = v.find("member"); m != v.end() && !m->is_null()) {
      const std::string mp = Child(p, "member");
      if (!m->is_object()) {
        Fail(mp, absl::StrCat("expected an object, found ", m->type_name()));
      } else {
        std::optional<std::string> type = String(*m, mp, "@type");
        if (!type) type = String(*m, mp, "type");
        if (type == "Person") {
          if (std::optional<std::string> id = SimpleRef(*m, mp, "id", persons_, PopoloClass::kPerson)) {
            if (person && *person != *id) Fail(mp, "names a different person from person_id");
            person = id;
          }
        } else if (type == "Organization") {
          member_org = OrgRef(*m, mp, "id");
        } else {
          Fail(mp, "expected \"@type\" \"Person\" or \"Organization\"");
        }
      }
    }
    Json ext = Extension(v, p);
    for (const char* key : {"start_date", "end_date"}) {
      if (auto d = v.find(key); d != v.end() && !d->is_null()) {
        Note(Child(p, key),
             "not imported: govgraph records who takes part, "
             "not since or until when");
      }
    }
    if (!Absent(v, "id")) Note(Child(p, "id"), "not imported: govgraph keeps no ids for memberships");
    for (const auto& [key, unused] : v.items()) {
      if (!Contains({kExt, "id", "organization_id", "person_id", "post_id", "on_behalf_of_id", "member", "role",
                     "label", "start_date", "end_date"},
                    key)) {
        Note(Child(p, key), "not imported: no govgraph field for it");
      }
    }
    if (!problems_.empty()) return;

    if (org != nullptr && org->type == OrgType::kMeeting) {
      if (member_org != nullptr && on_behalf_of != nullptr && member_org != on_behalf_of) {
        Fail(p, "member and on_behalf_of_id name different organizations");
        return;
      }
      const OrgEntry* party_org = on_behalf_of != nullptr ? on_behalf_of : member_org;
      if (party_org != nullptr && party_org->type == OrgType::kMeeting) {
        Note(p, "not imported: a meeting series cannot take part in another (" + party_org->native_id + ")");
        party_org = nullptr;
      }
      Native participant = Native::object();
      if (party_org != nullptr) participant["organisation"] = party_org->native_id;
      if (post) participant["role"] = *post;
      if (person) participant["person"] = *person;
      if (participant.empty()) {
        Note(p,
             "not imported: the membership names no person, post or "
             "organisation as its member");
        return;
      }
      if (role_text) {
        if (std::optional<ParticipationType> type = ParticipationTypeOf(*role_text)) {
          if (*type != ParticipationType::kMember) participant["type"] = std::string(Name(*type));
        } else {
          if (!ext.contains("note")) participant["note"] = *role_text;
          Note(Child(p, "role"), absl::StrCat("\"", *role_text, "\" is not a participation type; read as member"));
        }
      }
      if (label) {
        if (!ext.contains("note") && !participant.contains("note")) {
          participant["note"] = *label;
        } else if (const std::string note = participant.value("note", ext.value("note", "")); note != *label) {
          Note(Child(p, "label"), absl::StrCat("not imported: the participant's note is \"", note, "\""));
        }
      }
      participant.update(ext);
      Native& meeting = native_["meetings"][org->native_index];
      if (!meeting.contains("participants")) meeting["participants"] = Native::array();
      places_["meetings"][org->native_index].items.emplace(meeting["participants"].size(), p);
      meeting["participants"].push_back(std::move(participant));
      return;
    }

    // A membership of an organisation (or of none): a person holding a post.
    if (!person) {
      Note(p,
           "not imported: govgraph links organisations to each other only "
           "through meeting series");
      return;
    }
    std::string role_id;
    if (post) {
      role_id = *post;
      // The post names the role; the membership's own words for it go.
      const std::string& post_label = post_labels_[*post];
      auto not_kept = [&](const char* key, const std::optional<std::string>& text) {
        if (!text || NormaliseName(*text) == NormaliseName(post_label)) return;
        Note(Child(p, key), absl::StrCat("not imported: the person holds post \"", *post, "\" (", post_label,
                                         "), and govgraph keeps the post's label, not the membership's ", key));
      };
      not_kept("role", role_text);
      not_kept("label", label);
      if (org != nullptr && post_organisations_[*post] != org->native_id) {
        Note(Child(p, "organization_id"),
             absl::StrCat("not imported: post \"", *post, "\" belongs to ",
                          post_organisations_[*post].empty() ? std::string("no organisation")
                                                             : "\"" + post_organisations_[*post] + "\""));
      }
    } else if (org != nullptr) {
      const std::string title = role_text.value_or(label.value_or("Member"));
      if (role_text && label && NormaliseName(*label) != NormaliseName(*role_text)) {
        Note(Child(p, "label"), "not imported: the role is named by the membership's \"role\"");
      }
      role_id = absl::StrCat(org->native_id, "/", Slugify(title));
      if (!synthetic_roles_.contains(role_id)) {
        if (posts_.contains(role_id)) role_id += "-membership";
        Native role = Native::object();
        role["id"] = role_id;
        role["name"] = title;
        role["organisation"] = org->native_id;
        synthetic_roles_[role_id] = std::move(role);
        synthetic_role_order_.push_back(role_id);
      }
      Note(p, absl::StrCat("the membership names no post; read as role \"", role_id, "\" (", title, ")"));
    } else {
      Note(p, "not imported: the membership names no organization or post");
      return;
    }
    Native& native_person = native_["people"][person_index_.at(*person)];
    if (!native_person.contains("roles")) native_person["roles"] = Native::array();
    places_["people"][person_index_.at(*person)].items.emplace(native_person["roles"].size(), p);
    native_person["roles"].push_back(role_id);
  }

  // The problems, each moved from its path in the native form
  // ("meetings[3].participants[1].role") to where the Popolo document has it:
  // the object the entity was made from, the membership a participant or a
  // role came from, or the extension block for what only it holds. An entity
  // with no Popolo object (a role made for a membership) keeps its native path.
  absl::Status Placed(std::vector<Diagnostic> problems) const {
    for (Diagnostic& problem : problems) problem.path = PopoloPath(problem.path);
    return ProblemsToStatus(problems);
  }

  // Re-roots a native path step by step: the entity's section and index are
  // replaced by the Popolo object's path, a participant's or role's by its
  // membership's, and a seat's fields renamed as the membership names them.
  DiagnosticPath PopoloPath(const DiagnosticPath& native) const {
    const std::string_view section = native.KeyAt(0);
    if (Contains({"info", "defaults", "topics", "initiatives"}, std::string(section))) {
      return DiagnosticPath(native).Prepend(DiagnosticPath().Key(kExt));
    }
    auto places = places_.find(section);
    size_t index = 0;
    if (places == places_.end() || !native.IndexAt(1, index) || index >= places->second.size()) return native;
    const EntityPlace& place = places->second[index];
    DiagnosticPath to = place.path;
    DiagnosticPath rest = native.Tail(2);
    // A meeting's participants and a person's roles came from memberships.
    const std::string_view items = section == "meetings" ? "participants" : section == "people" ? "roles" : "";
    size_t item = 0;
    if (!items.empty() && rest.KeyAt(0) == items && rest.IndexAt(1, item)) {
      if (auto it = place.items.find(item); it != place.items.end()) {
        to = it->second;
        rest = rest.Tail(2);
      }
    }
    // A seat's fields as the Popolo membership names them; the rest of a
    // seat is in its extension block.
    if (section == "memberships" && !rest.empty()) {
      static const std::pair<std::string_view, std::string_view> kFields[] = {
          {"person", "person_id"}, {"meeting", "organization_id"}, {"council", "on_behalf_of_id"},
          {"office", "role"},      {"start_date", "start_date"},   {"end_date", "end_date"}};
      bool popolo = false;
      for (const auto& [native_field, field] : kFields) {
        if (rest.KeyAt(0) == native_field && !rest.steps()[0].is_index) {
          rest = rest.Tail(1).Prepend(DiagnosticPath().Key(std::string(field)));
          popolo = true;
          break;
        }
      }
      if (!popolo) rest.Prepend(DiagnosticPath().Key(kExt));
    }
    return rest.Prepend(to);
  }

  const Json& root_;
  bool extended_ = false;
  bool single_ = false;  // the document is one Popolo object
  std::array<std::vector<Item>, kPopoloClassCount> items_;
  std::array<std::map<std::string, size_t>, kPopoloClassCount> gathered_ids_;  // id -> index in items_
  std::deque<Embedded> embedded_;
  std::map<std::pair<PopoloClass, std::string>, std::string> placeholders_;  // -> name
  std::map<std::string, std::string> post_labels_;                           // Popolo id -> label
  Native native_;
  std::vector<Diagnostic> problems_;
  std::vector<Diagnostic> diagnostics_;
  std::set<std::string> reported_arrays_;
  std::map<std::string, std::string> areas_;  // Popolo id -> native id
  std::set<std::string> native_area_ids_;
  std::map<std::string, OrgEntry> orgs_;
  size_t organisation_count_ = 0;
  size_t meeting_count_ = 0;
  std::set<std::string> posts_;
  std::set<std::string> persons_;
  std::map<std::string, std::string> post_organisations_;
  std::map<std::string, size_t> person_index_;
  std::map<std::string, Native> synthetic_roles_;
  std::vector<std::string> synthetic_role_order_;
  // Where each native entity was made from, by section and position in it,
  // with the membership each of its participants (or roles) came from.
  struct EntityPlace {
    DiagnosticPath path;
    std::map<size_t, DiagnosticPath> items;
  };
  std::map<std::string, std::vector<EntityPlace>, std::less<>> places_;
};

}  // namespace

absl::StatusOr<std::string> RegisterToPopolo(const Register& reg, const PopoloWriteOptions& options) {
  if (absl::Status s = ValidateJsonWriteOptions({.indent = options.indent}); !s.ok()) return s;
  absl::StatusOr<Json> doc = Exporter(reg, options.events).Run();
  if (!doc.ok()) return doc.status();
  try {
    std::string text = doc->dump(options.indent, ' ', /*ensure_ascii=*/false);
    if (options.indent >= 0) text.push_back('\n');
    return text;
  } catch (const Json::type_error& e) {
    return absl::InvalidArgumentError(
        absl::StrCat("cannot write the register as Popolo JSON: ", internal::StripJsonExceptionPrefix(e.what())));
  }
}

absl::Status SavePopoloFile(const Register& reg, const std::string& path, const PopoloWriteOptions& options) {
  absl::StatusOr<std::string> text = RegisterToPopolo(reg, options);
  if (!text.ok()) return text.status();
  return internal::WriteStringToFile(path, *text);
}

absl::StatusOr<PopoloImport> ParsePopolo(absl::string_view text) {
  absl::StatusOr<Json> root = internal::ParseJsonText<Json>(text);
  if (!root.ok()) return root.status();
  return Importer(*root).Run();
}

absl::StatusOr<PopoloImport> LoadPopoloFile(const std::string& path) {
  absl::StatusOr<std::string> text = internal::ReadFileToString(path);
  if (!text.ok()) return text.status();
  absl::StatusOr<PopoloImport> result = ParsePopolo(*text);
  if (!result.ok()) return internal::Annotate(result.status(), path);
  return result;
}

bool LooksLikePopolo(absl::string_view text) {
  Json root = Json::parse(text.begin(), text.end(), nullptr,
                          /*allow_exceptions=*/false);
  if (!root.is_object()) return false;
  // A native register has a "memberships" section too; only it has a
  // top-level "schema_version".
  if (root.contains("schema_version")) return false;
  for (const char* key : {"organizations", "memberships", "persons", "posts"}) {
    if (root.contains(key)) return true;
  }
  // One Popolo object (a native register, with "areas", is a collection to
  // ShapeOf() and so not one).
  return ShapeOf(root).single.has_value();
}

}  // namespace govgraph
