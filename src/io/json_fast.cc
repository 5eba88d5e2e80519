// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "io/json_fast.h"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "govgraph/cadence.h"
#include "govgraph/io/input_limits.h"
#include "govgraph/io/json.h"
#include "govgraph/model.h"
#include "govgraph/register.h"
#include "govgraph/register_builder.h"
#include "internal/progress.h"

namespace govgraph::internal {
namespace {

namespace od = simdjson::ondemand;

// The keys an object may have, each at most once; a member's key is told by
// its place in the list.
template <size_t N>
using Keys = std::array<std::string_view, N>;

constexpr Keys<11> kRegisterKeys = {"schema_version", "info",   "defaults", "areas",       "organisations", "roles",
                                    "people",         "topics", "meetings", "initiatives", "memberships"};
constexpr Keys<5> kInfoKeys = {"title", "description", "source", "date", "attributes"};
constexpr Keys<1> kDefaultsKeys = {"meeting_duration_hours"};
// Every entity starts with these four (Entity).
constexpr Keys<7> kAreaKeys = {"id", "name", "aliases", "attributes", "kind", "parent", "identifiers"};
constexpr Keys<8> kOrganisationKeys = {"id", "name", "aliases", "attributes", "kind", "areas", "parent", "identifiers"};
constexpr Keys<6> kRoleKeys = {"id", "name", "aliases", "attributes", "organisation", "elected"};
constexpr Keys<5> kPersonKeys = {"id", "name", "aliases", "attributes", "roles"};
constexpr Keys<5> kTopicKeys = {"id", "name", "aliases", "attributes", "parent"};
constexpr Keys<20> kMeetingKeys = {"id",           "name",      "aliases",        "attributes", "kind",
                                   "lead",         "chair",     "chair_note",     "purpose",    "current_focus",
                                   "participants", "cadence",   "duration_hours", "level",      "areas",
                                   "per_area",     "statutory", "status",         "reports_to", "topics"};
constexpr Keys<12> kInitiativeKeys = {"id",           "name",       "aliases", "attributes", "lead",       "purpose",
                                      "participants", "priorities", "areas",   "status",     "start_date", "end_date"};
constexpr Keys<12> kMembershipKeys = {"person", "meeting",    "seat",           "council",    "party",    "office",
                                      "leads",  "substitute", "substitute_for", "start_date", "end_date", "attributes"};
constexpr Keys<2> kIdentifierKeys = {"scheme", "value"};
constexpr Keys<3> kPartyKeys = {"organisation", "role", "person"};
constexpr Keys<7> kParticipantKeys = {"organisation", "role", "person", "type", "seats", "note", "co_opted"};
constexpr Keys<3> kLeadKeys = {"organisations", "supporting", "text"};
constexpr Keys<5> kCadenceKeys = {"kind", "per_year", "text", "note", "exceptions"};
constexpr Keys<2> kExceptionKeys = {"area", "per_year"};

bool IsJsonSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// Reads a register as the strict reader does, true only when it would report
// nothing. Each Read... gives false where the strict reader reports a problem
// (or might): the whole read then ends and the strict reader takes over.
class FastReader {
 public:
  // `progress`, when not null, is told how far into the text at `start` the
  // entities read so far reach, as `doc` says.
  FastReader(const InputLimits& limits, od::document& doc, const char* start, StageProgress* progress)
      : max_rows_(limits.max_rows), max_depth_(limits.max_depth), doc_(doc), start_(start), progress_(progress) {}

  bool ReadRegister(od::document& doc, RegisterBuilder& b) {
    od::object root;
    if (doc.get_object().get(root) != simdjson::SUCCESS) return false;
    bool version = false;
    const bool ok = Members(root, kRegisterKeys, [&](size_t k, od::value v) {
      switch (k) {
        case 0: {
          int64_t n = 0;
          version = Integer(v, n) && n == kRegisterSchemaVersion;
          return version;
        }
        case 1:
          return ReadInfo(v, b);
        case 2:
          return ReadDefaults(v, b);
        case 3:
          return Entities(v, b.areas(), [&](od::value e, Area& a) { return ReadArea(e, a); });
        case 4:
          return Entities(v, b.organisations(), [&](od::value e, Organisation& o) { return ReadOrganisation(e, o); });
        case 5:
          return Entities(v, b.roles(), [&](od::value e, Role& r) { return ReadRole(e, r); });
        case 6:
          return Entities(v, b.people(), [&](od::value e, Person& p) { return ReadPerson(e, p); });
        case 7:
          return Entities(v, b.topics(), [&](od::value e, Topic& t) { return ReadTopic(e, t); });
        case 8:
          return Entities(v, b.meetings(), [&](od::value e, Meeting& m) { return ReadMeeting(e, m); });
        case 9:
          return Entities(v, b.initiatives(), [&](od::value e, Initiative& in) { return ReadInitiative(e, in); });
        default:
          return Entities(v, b.memberships(), [&](od::value e, Membership& m) { return ReadMembership(e, m); });
      }
    });
    // Nothing may follow the root's object.
    return ok && version && doc.current_location().error() == simdjson::OUT_OF_BOUNDS;
  }

 private:
  // ---- JSON values -------------------------------------------------------

  // Calls field(index of the key in `keys`, value) for each member of `object`
  // in the text's order. False for a key not in `keys`, one given twice or
  // written with an escape, and when `field` gives false.
  template <size_t N, class Fn>
  bool Members(od::object& object, const Keys<N>& keys, Fn field) {
    static_assert(N <= 64);
    if (++depth_ > max_depth_) return false;
    uint64_t seen = 0;
    for (auto member : object) {
      od::field f;
      if (std::move(member).get(f) != simdjson::SUCCESS) return false;
      const size_t k = KeyIndex(f.key(), keys);
      if (k == N || (seen >> k & 1) != 0) return false;
      seen |= uint64_t{1} << k;
      if (!field(k, f.value())) return false;
    }
    --depth_;
    return true;
  }

  template <size_t N, class Fn>
  bool Object(od::value v, const Keys<N>& keys, Fn field) {
    od::object object;
    if (v.get_object().get(object) != simdjson::SUCCESS) return false;
    return Members(object, keys, field);
  }

  // The position of `key` in `keys`, or N. The key ends at its closing quote,
  // which stage 1 has found; one written with an escape is not looked up.
  template <size_t N>
  static size_t KeyIndex(od::raw_json_string key, const Keys<N>& keys) {
    const char* start = key.raw();
    const char* end = start;
    while (*end != '"') {
      if (*end == '\\') return N;
      ++end;
    }
    const std::string_view k(start, static_cast<size_t>(end - start));
    for (size_t i = 0; i < N; ++i) {
      if (keys[i] == k) return i;
    }
    return N;
  }

  // Calls element(value) for each element of the array `v`; when `reserve`
  // is given, first reserve(number of elements).
  template <class Fn, class ReserveFn = std::nullptr_t>
  bool Array(od::value v, Fn element, ReserveFn reserve = nullptr) {
    od::array array;
    if (v.get_array().get(array) != simdjson::SUCCESS) return false;
    if (++depth_ > max_depth_) return false;
    if constexpr (!std::is_same_v<ReserveFn, std::nullptr_t>) {
      size_t count = 0;
      if (array.count_elements().get(count) != simdjson::SUCCESS || count > max_rows_) return false;
      reserve(count);
    }
    size_t n = 0;
    for (auto e : array) {
      od::value value;
      if (e.get(value) != simdjson::SUCCESS || ++n > max_rows_) return false;
      if (!element(value)) return false;
    }
    --depth_;
    return true;
  }

  // A string's text: where it has no escape, straight from the JSON text
  // (stage 1 has checked it is UTF-8 with no control characters).
  static bool StringView(od::value v, std::string_view& out) {
    const std::string_view token = v.raw_json_token();
    if (token.empty() || token.front() != '"') return false;
    size_t end = token.size();
    while (end > 1 && IsJsonSpace(token[end - 1])) --end;
    if (end < 2 || token[end - 1] != '"') return false;
    const std::string_view content = token.substr(1, end - 2);
    if (content.find('\\') == std::string_view::npos) {
      od::raw_json_string raw;
      if (v.get_raw_json_string().get(raw) != simdjson::SUCCESS) return false;
      out = content;
      return true;
    }
    return v.get_string().get(out) == simdjson::SUCCESS;
  }

  static bool String(od::value v, std::string& out) {
    std::string_view s;
    if (!StringView(v, s)) return false;
    out.assign(s.data(), s.size());
    return true;
  }

  static bool Bool(od::value v, bool& out) { return v.get_bool().get(out) == simdjson::SUCCESS; }

  // A whole number as nlohmann reads one: a number with no fraction or
  // exponent. One above INT64_MAX (which the strict reader wraps) is left to it.
  static bool Integer(od::value v, int64_t& out) {
    od::json_type type;
    if (v.type().get(type) != simdjson::SUCCESS || type != od::json_type::number) return false;
    od::number_type kind;
    if (v.get_number_type().get(kind) != simdjson::SUCCESS || kind != od::number_type::signed_integer) return false;
    return v.get_int64().get(out) == simdjson::SUCCESS;
  }

  // Any number, as nlohmann gives it as a double: a whole one converted from
  // its integer (so "-0" is 0, not -0.0).
  static bool Number(od::value v, double& out) {
    od::json_type type;
    if (v.type().get(type) != simdjson::SUCCESS || type != od::json_type::number) return false;
    od::number_type kind;
    if (v.get_number_type().get(kind) != simdjson::SUCCESS) return false;
    switch (kind) {
      case od::number_type::signed_integer: {
        int64_t i = 0;
        if (v.get_int64().get(i) != simdjson::SUCCESS) return false;
        out = static_cast<double>(i);
        return true;
      }
      case od::number_type::unsigned_integer: {
        uint64_t u = 0;
        if (v.get_uint64().get(u) != simdjson::SUCCESS) return false;
        out = static_cast<double>(u);
        return true;
      }
      case od::number_type::floating_point_number:
        return v.get_double().get(out) == simdjson::SUCCESS;
      default:
        return false;
    }
  }

  // ---- Fields of the model -----------------------------------------------

  bool Strings(od::value v, std::vector<std::string>& out) {
    return Array(v, [&](od::value e) { return String(e, out.emplace_back()); });
  }

  template <class T>
  static bool RefField(od::value v, Ref<T>& out) {
    return String(v, out.id);
  }

  template <class T>
  bool RefList(od::value v, std::vector<Ref<T>>& out) {
    return Array(v, [&](od::value e) { return String(e, out.emplace_back().id); });
  }

  template <class E>
  static bool Enum(od::value v, E& out, absl::StatusOr<E> (*parse)(absl::string_view)) {
    std::string_view name;
    if (!StringView(v, name)) return false;
    absl::StatusOr<E> value = parse(absl::string_view(name.data(), name.size()));
    if (!value.ok()) return false;
    out = *value;
    return true;
  }

  static bool Date(od::value v, std::optional<absl::CivilDay>& out) {
    std::string_view text;
    absl::CivilDay day;
    if (!StringView(v, text) || text.size() != 10 ||
        !absl::ParseCivilTime(absl::string_view(text.data(), text.size()), &day)) {
      return false;
    }
    out = day;
    return true;
  }

  // An object of strings; a key given twice (also once escaped, once not) is
  // left to the strict reader.
  bool ReadAttributes(od::value v, govgraph::Attributes& out) {
    od::object object;
    if (v.get_object().get(object) != simdjson::SUCCESS) return false;
    if (++depth_ > max_depth_) return false;
    for (auto member : object) {
      od::field f;
      std::string_view key;
      if (std::move(member).get(f) != simdjson::SUCCESS || f.unescaped_key().get(key) != simdjson::SUCCESS)
        return false;
      auto [it, inserted] = out.try_emplace(std::string(key));
      if (!inserted || !String(f.value(), it->second)) return false;
    }
    --depth_;
    return true;
  }

  // The members every entity has: 0 "id", 1 "name", 2 "aliases", 3 "attributes".
  bool Common(size_t k, od::value v, Entity& e, uint32_t& named) {
    switch (k) {
      case 0:
        named |= 1;
        return String(v, e.id);
      case 1:
        named |= 2;
        return String(v, e.name);
      case 2:
        return Strings(v, e.aliases);
      default:
        return ReadAttributes(v, e.attributes);
    }
  }

  // An entity's object, its own members from index 4 on read by `own`; "id"
  // and "name" must be there.
  template <size_t N, class Fn>
  bool EntityObject(od::value v, const Keys<N>& keys, Entity& e, Fn own) {
    uint32_t named = 0;
    return Object(v, keys,
                  [&](size_t k, od::value value) { return k < 4 ? Common(k, value, e, named) : own(k, value); }) &&
           named == 3;
  }

  // Each element of the array `v` read by read(value, entity) into a new
  // entity at the end of `out`.
  template <class T, class Fn>
  bool Entities(od::value v, std::vector<T>& out, Fn read) {
    // Counting first (a skim of the structure) keeps a large array from
    // being moved as it grows: the time and the memory of a second copy.
    return Array(
        v,
        [&](od::value e) {
          if (!read(e, out.emplace_back())) return false;
          if (progress_ != nullptr && ++unreported_ == kEntitiesPerReport) Report();
          return true;
        },
        [&](size_t count) { out.reserve(out.size() + count); });
  }

  // Entities read between asking where the reading has got to: often enough
  // for a bar, rarely enough to cost nothing.
  static constexpr int kEntitiesPerReport = 512;

  void Report() {
    unreported_ = 0;
    const char* at = nullptr;
    if (doc_.current_location().get(at) != simdjson::SUCCESS || at < start_) return;
    const int64_t offset = at - start_;
    if (offset > reported_) progress_->Add(offset - reported_);
    reported_ = std::max(reported_, offset);
  }

  bool Identifiers(od::value v, std::vector<Identifier>& out) {
    return Array(v, [&](od::value e) {
      Identifier& id = out.emplace_back();
      return Object(e, kIdentifierKeys,
                    [&](size_t k, od::value value) { return String(value, k == 0 ? id.scheme : id.value); }) &&
             !id.scheme.empty() && !id.value.empty();
    });
  }

  static bool PartyField(size_t k, od::value v, Party& out) {
    switch (k) {
      case 0:
        return RefField(v, out.organisation);
      case 1:
        return RefField(v, out.role);
      default:
        return RefField(v, out.person);
    }
  }

  bool Participants(od::value v, std::vector<Participant>& out) {
    return Array(
        v,
        [&](od::value e) {
          Participant& p = out.emplace_back();
          return Object(e, kParticipantKeys, [&](size_t k, od::value value) {
            switch (k) {
              case 0:
              case 1:
              case 2:
                return PartyField(k, value, p.party);
              case 3:
                return Enum(value, p.type, ParseParticipationType);
              case 4: {
                int64_t seats = 0;
                if (!Integer(value, seats) || seats < -1'000'000 || seats > 1'000'000) return false;
                p.seats = static_cast<int>(seats);
                return true;
              }
              case 5:
                return String(value, p.note);
              default:
                return Bool(value, p.co_opted);
            }
          });
        },
        [&](size_t count) { out.reserve(count); });
  }

  // A string (one organisation), an array of them, or an object.
  bool LeadField(od::value v, Lead& out) {
    od::json_type type;
    if (v.type().get(type) != simdjson::SUCCESS) return false;
    switch (type) {
      case od::json_type::string:
        return String(v, out.organisations.emplace_back().id);
      case od::json_type::array:
        return RefList(v, out.organisations);
      case od::json_type::object:
        return Object(v, kLeadKeys, [&](size_t k, od::value value) {
          switch (k) {
            case 0:
              return RefList(value, out.organisations);
            case 1:
              return RefList(value, out.supporting);
            default:
              return String(value, out.text);
          }
        });
      default:
        return false;
    }
  }

  // A string ParseCadence() reads, or an object, whose members may come in
  // any order: the cadence is made once they are all read, as the strict
  // reader makes it.
  bool CadenceField(od::value v, Cadence& out) {
    od::json_type type;
    if (v.type().get(type) != simdjson::SUCCESS) return false;
    if (type == od::json_type::string) {
      std::string_view text;
      if (!StringView(v, text)) return false;
      absl::StatusOr<Cadence> parsed = ParseCadence(absl::string_view(text.data(), text.size()));
      if (!parsed.ok()) return false;
      out = *std::move(parsed);
      return true;
    }
    std::optional<Cadence::Kind> kind;
    std::optional<double> per_year;
    std::string text, note;
    std::vector<std::pair<std::string, double>> exceptions;
    const bool ok = Object(v, kCadenceKeys, [&](size_t k, od::value value) {
      switch (k) {
        case 0: {
          Cadence::Kind parsed = Cadence::Kind::kUnknown;
          if (!Enum(value, parsed, ParseCadenceKind)) return false;
          kind = parsed;
          return true;
        }
        case 1:
          return Number(value, per_year.emplace());
        case 2:
          return String(value, text);
        case 3:
          return String(value, note);
        default:
          return Array(value, [&](od::value e) {
            std::pair<std::string, double>& exception = exceptions.emplace_back();
            bool rated = false;
            return Object(e, kExceptionKeys,
                          [&](size_t ek, od::value ev) {
                            if (ek == 0) return String(ev, exception.first);
                            rated = true;
                            return Number(ev, exception.second);
                          }) &&
                   rated && !exception.first.empty();
          });
      }
    });
    if (!ok || !kind) return false;
    switch (*kind) {
      case Cadence::Kind::kRegular:
        if (!per_year) return false;
        out = Cadence::Regular(*per_year, std::move(text));
        break;
      case Cadence::Kind::kVaries:
        out = Cadence::Varies(per_year, std::move(text));
        break;
      case Cadence::Kind::kAdHoc:
      case Cadence::Kind::kUnknown:
        if (per_year) return false;
        out = *kind == Cadence::Kind::kAdHoc ? Cadence::AdHoc(std::move(text)) : Cadence::Unknown(std::move(text));
        break;
    }
    out.set_note(std::move(note));
    for (auto& [area, rate] : exceptions) out.AddException(std::move(area), rate);
    return true;
  }

  // ---- The sections ------------------------------------------------------

  bool ReadInfo(od::value v, RegisterBuilder& b) {
    RegisterInfo info;
    if (!Object(v, kInfoKeys, [&](size_t k, od::value value) {
          switch (k) {
            case 0:
              return String(value, info.title);
            case 1:
              return String(value, info.description);
            case 2:
              return String(value, info.source);
            case 3:
              return String(value, info.date);
            default:
              return ReadAttributes(value, info.attributes);
          }
        })) {
      return false;
    }
    b.SetInfo(std::move(info));
    return true;
  }

  bool ReadDefaults(od::value v, RegisterBuilder& b) {
    RegisterDefaults defaults;
    if (!Object(v, kDefaultsKeys,
                [&](size_t, od::value value) { return Number(value, defaults.meeting_duration_hours); })) {
      return false;
    }
    b.SetDefaults(defaults);
    return true;
  }

  bool ReadArea(od::value v, Area& a) {
    return EntityObject(v, kAreaKeys, a, [&](size_t k, od::value value) {
      switch (k) {
        case 4:
          return Enum(value, a.kind, ParseAreaKind);
        case 5:
          return RefField(value, a.parent);
        default:
          return Identifiers(value, a.identifiers);
      }
    });
  }

  bool ReadOrganisation(od::value v, Organisation& o) {
    return EntityObject(v, kOrganisationKeys, o, [&](size_t k, od::value value) {
      switch (k) {
        case 4:
          return Enum(value, o.kind, ParseOrganisationKind);
        case 5:
          return RefList(value, o.areas);
        case 6:
          return RefField(value, o.parent);
        default:
          return Identifiers(value, o.identifiers);
      }
    });
  }

  bool ReadRole(od::value v, Role& r) {
    return EntityObject(v, kRoleKeys, r, [&](size_t k, od::value value) {
      return k == 4 ? RefField(value, r.organisation) : Bool(value, r.elected);
    });
  }

  bool ReadPerson(od::value v, Person& p) {
    return EntityObject(v, kPersonKeys, p, [&](size_t, od::value value) { return RefList(value, p.roles); });
  }

  bool ReadTopic(od::value v, Topic& t) {
    return EntityObject(v, kTopicKeys, t, [&](size_t, od::value value) { return RefField(value, t.parent); });
  }

  bool ReadMeeting(od::value v, Meeting& m) {
    return EntityObject(v, kMeetingKeys, m, [&](size_t k, od::value value) {
      switch (k) {
        case 4:
          return Enum(value, m.kind, ParseMeetingKind);
        case 5:
          return LeadField(value, m.lead);
        case 6:
          return Object(value, kPartyKeys, [&](size_t pk, od::value pv) { return PartyField(pk, pv, m.chair); });
        case 7:
          return String(value, m.chair_note);
        case 8:
          return String(value, m.purpose);
        case 9:
          return String(value, m.current_focus);
        case 10:
          return Participants(value, m.participants);
        case 11:
          return CadenceField(value, m.cadence);
        case 12:
          return Number(value, m.duration_hours.emplace());
        case 13:
          return Enum(value, m.level, ParseLevel);
        case 14:
          return RefList(value, m.areas);
        case 15:
          return Bool(value, m.per_area);
        case 16:
          return Bool(value, m.statutory);
        case 17:
          return Enum(value, m.status, ParseMeetingStatus);
        case 18:
          return RefField(value, m.reports_to);
        default:
          return RefList(value, m.topics);
      }
    });
  }

  bool ReadInitiative(od::value v, Initiative& in) {
    return EntityObject(v, kInitiativeKeys, in, [&](size_t k, od::value value) {
      switch (k) {
        case 4:
          return LeadField(value, in.lead);
        case 5:
          return String(value, in.purpose);
        case 6:
          return Participants(value, in.participants);
        case 7:
          return RefList(value, in.priorities);
        case 8:
          return RefList(value, in.areas);
        case 9:
          return Enum(value, in.status, ParseInitiativeStatus);
        case 10:
          return Date(value, in.start_date);
        default:
          return Date(value, in.end_date);
      }
    });
  }

  bool ReadMembership(od::value v, Membership& m) {
    uint32_t named = 0;
    return Object(v, kMembershipKeys,
                  [&](size_t k, od::value value) {
                    switch (k) {
                      case 0:
                        named |= 1;
                        return RefField(value, m.person);
                      case 1:
                        named |= 2;
                        return RefField(value, m.meeting);
                      case 2:
                        return Enum(value, m.seat, ParseSeatKind);
                      case 3:
                        return RefField(value, m.council);
                      case 4:
                        return String(value, m.party);
                      case 5:
                        return Enum(value, m.office, ParseMemberOffice);
                      case 6:
                        return RefList(value, m.leads);
                      case 7:
                        return Bool(value, m.substitute);
                      case 8:
                        return RefField(value, m.substitute_for);
                      case 9:
                        return Date(value, m.start_date);
                      case 10:
                        return Date(value, m.end_date);
                      default:
                        return ReadAttributes(value, m.attributes);
                    }
                  }) &&
           named == 3;
  }

  const size_t max_rows_;
  const int max_depth_;
  int depth_ = 0;  // the containers open where the read stands, the root's object first
  od::document& doc_;
  const char* const start_;
  StageProgress* const progress_;
  int unreported_ = 0;   // entities read since the last report
  int64_t reported_ = 0;  // bytes of the text reported read
};

// Whether `text` writes a UTF-16 surrogate as an escape ("\ud83d\ude00"): the
// strict parser reads those, so simdjson's reading of them is not relied on.
bool HasSurrogateEscape(absl::string_view text) {
  for (size_t i = text.find('\\'); i != absl::string_view::npos; i = text.find('\\', i + 2)) {
    if (i + 3 < text.size() && text[i + 1] == 'u' && (text[i + 2] == 'd' || text[i + 2] == 'D') &&
        absl::string_view("89abcdefABCDEF").find(text[i + 3]) != absl::string_view::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<RegisterBuilder> ReadRegisterJsonFast(absl::string_view text, bool padded,
                                                    const ProgressCallback& progress) {
  if (HasSurrogateEscape(text)) return std::nullopt;
  const InputLimits limits = GetInputLimits();
  simdjson::padded_string copy;
  simdjson::padded_string_view json(text.data(), text.size(), text.size() + simdjson::SIMDJSON_PADDING);
  if (!padded) {
    copy = simdjson::padded_string(text.data(), text.size());
    json = copy;
  }
  od::parser parser;
  // Depth is counted by the reader, which stops at max_depth containers open.
  // simdjson counts the document as a level and places a container's members
  // one level below it before the reader has counted that container, so it
  // reaches max_depth + 1 and needs a limit above that (its depth buffers
  // are indexed by it: a lower limit writes past them). Two levels spare.
  if (parser.allocate(text.size(), static_cast<size_t>(std::max(limits.max_depth, 0)) + 3) != simdjson::SUCCESS) {
    return std::nullopt;
  }
  od::document doc;
  if (parser.iterate(json).get(doc) != simdjson::SUCCESS) return std::nullopt;
  StageProgress reading(progress, "reading", static_cast<int64_t>(text.size()));
  RegisterBuilder b;
  if (!FastReader(limits, doc, json.data(), progress ? &reading : nullptr).ReadRegister(doc, b)) return std::nullopt;
  return b;
}

}  // namespace govgraph::internal
