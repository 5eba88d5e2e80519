// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/register_builder.h"

#include <cmath>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "govgraph/names.h"
#include "internal/entity_check.h"

namespace govgraph {
namespace {

constexpr size_t kProblemsInMessage = 10;

// Collects problems with the path of the entity being checked.
class Checker {
 public:
  explicit Checker(std::vector<Diagnostic>& out) : out_(out) {}

  void Add(std::string path, std::string message, std::string_view code = {}) {
    out_.push_back(Diagnostic::AtPath(std::move(path), std::move(message), code));
  }

 private:
  std::vector<Diagnostic>& out_;
};

std::string Quote(absl::string_view s) { return absl::StrCat("\"", s, "\""); }

std::string Path(absl::string_view kind, size_t i) { return absl::StrCat(kind, "[", i, "]"); }

// A problem's path ("meetings[3].participants[0].organisation"), written out
// only when there is a problem: writing every path out beforehand cost some
// twenty allocations a meeting, a sixth of building a valid register.
// Each part refers to its parent, which must outlive it.
class LazyPath {
 public:
  // A whole path, as given.
  LazyPath(const std::string& whole) : text_(whole) {}  // NOLINT(google-explicit-constructor)
  // "kind[index]".
  LazyPath(absl::string_view kind, size_t index) : text_(kind), index_(index) {}
  // The parent's path, ".field" and, when given, "[index]".
  LazyPath(const LazyPath& parent, absl::string_view field) : parent_(&parent), text_(field) {}
  LazyPath(const LazyPath& parent, absl::string_view field, size_t index)
      : parent_(&parent), text_(field), index_(index) {}

  std::string str() const {
    std::string out = parent_ == nullptr ? std::string() : absl::StrCat(parent_->str(), ".");
    absl::StrAppend(&out, text_);
    if (index_) absl::StrAppend(&out, "[", *index_, "]");
    return out;
  }

 private:
  const LazyPath* parent_ = nullptr;
  absl::string_view text_;
  std::optional<size_t> index_;
};

// Fills a table's items and indexes, reporting empty, duplicate and unnamed
// entries. `kind` is the JSON array name ("meetings").
template <class T>
void Index(std::vector<T>&& items, internal::EntityTable<T>& table, absl::string_view kind,
           Checker& check) {
  table.items = std::move(items);
  table.by_id.reserve(table.items.size());
  for (size_t i = 0; i < table.items.size(); ++i) {
    const T& e = table.items[i];
    if (e.id.empty()) {
      check.Add(absl::StrCat(Path(kind, i), ".id"), "id is empty", diagnostic_code::kMissing);
      continue;
    }
    auto [it, inserted] = table.by_id.try_emplace(e.id, static_cast<uint32_t>(i));
    if (!inserted) {
      check.Add(absl::StrCat(Path(kind, i), ".id"),
                absl::StrCat("duplicate id ", Quote(e.id), " (first at ", Path(kind, it->second), ")"), diagnostic_code::kDuplicateId);
    }
    if (e.name.empty()) check.Add(absl::StrCat(Path(kind, i), ".name"), "name is empty", diagnostic_code::kMissing);
  }
  // Most entities have one name and no alias, and names are mostly distinct.
  table.by_name.reserve(table.items.size());
  for (size_t i = 0; i < table.items.size(); ++i) {
    const T& e = table.items[i];
    auto add_key = [&](absl::string_view key) {
      std::string norm = NormaliseName(key);
      if (norm.empty()) return;
      std::vector<uint32_t>& hits = table.by_name[std::move(norm)];
      if (hits.empty() || hits.back() != i) hits.push_back(static_cast<uint32_t>(i));
    };
    add_key(e.name);
    for (const std::string& alias : e.aliases) add_key(alias);
  }
}

// Where references are resolved while a register is assembled: its own tables.
struct TableLookup {
  const internal::EntityTable<Area>& areas;
  const internal::EntityTable<Organisation>& organisations;
  const internal::EntityTable<Role>& roles;
  const internal::EntityTable<Person>& people;
  const internal::EntityTable<Topic>& topics;
  const internal::EntityTable<Meeting>& meetings;

  template <class T>
  static std::optional<uint32_t> In(const internal::EntityTable<T>& table, const std::string& id) {
    auto it = table.by_id.find(id);
    if (it == table.by_id.end()) return std::nullopt;
    return it->second;
  }
  std::optional<uint32_t> Find(const Ref<Area>& r) const { return In(areas, r.id); }
  std::optional<uint32_t> Find(const Ref<Organisation>& r) const { return In(organisations, r.id); }
  std::optional<uint32_t> Find(const Ref<Role>& r) const { return In(roles, r.id); }
  std::optional<uint32_t> Find(const Ref<Person>& r) const { return In(people, r.id); }
  std::optional<uint32_t> Find(const Ref<Topic>& r) const { return In(topics, r.id); }
  std::optional<uint32_t> Find(const Ref<Meeting>& r) const { return In(meetings, r.id); }
  const Area& Get(AreaHandle h) const { return areas.items[h.index()]; }
  const Person& Get(PersonHandle h) const { return people.items[h.index()]; }
};

// Where one new entity's references are resolved: an edit's context.
struct EditLookup {
  const internal::EditContext& context;

  template <class H>
  static std::optional<uint32_t> Position(std::optional<H> h) {
    if (!h) return std::nullopt;
    return h->index();
  }
  static std::optional<uint32_t> In(const absl::flat_hash_map<std::string, uint32_t>& ids, const std::string& id) {
    auto it = ids.find(id);
    if (it == ids.end()) return std::nullopt;
    return it->second;
  }
  std::optional<uint32_t> Find(const Ref<Area>& r) const { return Position(context.base->FindArea(r.id)); }
  std::optional<uint32_t> Find(const Ref<Organisation>& r) const {
    return context.organisations ? In(*context.organisations, r.id)
                                 : Position(context.base->FindOrganisation(r.id));
  }
  std::optional<uint32_t> Find(const Ref<Role>& r) const { return Position(context.base->FindRole(r.id)); }
  std::optional<uint32_t> Find(const Ref<Person>& r) const { return Position(context.base->FindPerson(r.id)); }
  std::optional<uint32_t> Find(const Ref<Topic>& r) const { return Position(context.base->FindTopic(r.id)); }
  std::optional<uint32_t> Find(const Ref<Meeting>& r) const {
    return context.meetings ? In(*context.meetings, r.id) : Position(context.base->FindMeeting(r.id));
  }
  const Area& Get(AreaHandle h) const { return context.base->area(h); }
  const Person& Get(PersonHandle h) const { return context.base->person(h); }
};

// Resolves one reference, or reports it as dangling.
template <class T, class Lookup>
void Resolve(Ref<T>& ref, const Lookup& lookup, absl::string_view what, const LazyPath& path,
             absl::string_view owner_kind, absl::string_view owner_id, Checker& check) {
  if (ref.empty()) return;
  const std::optional<uint32_t> found = lookup.Find(ref);
  if (!found) {
    check.Add(path.str(), absl::StrCat("unknown ", what, " ", Quote(ref.id), " (", owner_kind, " ",
                                 Quote(owner_id), ")"), diagnostic_code::kUnknownReference);
    ref.handle = Handle<T>();
    return;
  }
  ref.handle = Handle<T>(*found);
}

// Resolves one entry of a list of references. An empty id there refers to
// nothing (unlike a single reference, where empty means "none") and would
// leave an unresolved handle inside the register, so it is reported.
template <class T, class Lookup>
void ResolveItem(Ref<T>& ref, const Lookup& lookup, absl::string_view what, const LazyPath& path,
                 absl::string_view owner_kind, absl::string_view owner_id, Checker& check) {
  if (ref.empty()) {
    check.Add(path.str(), absl::StrCat("empty ", what, " id (", owner_kind, " ", Quote(owner_id), ")"), diagnostic_code::kMissing);
    ref.handle = Handle<T>();
    return;
  }
  Resolve(ref, lookup, what, path, owner_kind, owner_id, check);
}

template <class Lookup>
void ResolveAreas(std::vector<Ref<Area>>& refs, const LazyPath& base, absl::string_view owner_kind,
                  absl::string_view owner_id, const Lookup& lookup, Checker& check) {
  for (size_t j = 0; j < refs.size(); ++j) {
    ResolveItem(refs[j], lookup, "area", LazyPath(base, "areas", j), owner_kind, owner_id, check);
  }
}

template <class Lookup>
void ResolveParty(Party& party, const LazyPath& base, absl::string_view owner_kind, absl::string_view owner_id,
                  const Lookup& lookup, Checker& check) {
  Resolve(party.organisation, lookup, "organisation", LazyPath(base, "organisation"), owner_kind, owner_id, check);
  Resolve(party.role, lookup, "role", LazyPath(base, "role"), owner_kind, owner_id, check);
  Resolve(party.person, lookup, "person", LazyPath(base, "person"), owner_kind, owner_id, check);
}

template <class Lookup>
void ResolveParticipants(std::vector<Participant>& participants, const LazyPath& base,
                         absl::string_view owner_kind, absl::string_view owner_id, const Lookup& lookup,
                         Checker& check) {
  for (size_t j = 0; j < participants.size(); ++j) {
    const LazyPath path(base, "participants", j);
    Participant& p = participants[j];
    if (p.party.empty()) {
      check.Add(path.str(), absl::StrCat("names no organisation, role or person (", owner_kind, " ", Quote(owner_id),
                                   ")"), diagnostic_code::kMissing);
    }
    if (p.seats < 0 || p.seats > kMaxSeats) {
      check.Add(LazyPath(path, "seats").str(), absl::StrCat("must be zero or more and at most ", kMaxSeats), diagnostic_code::kBadValue);
    }
    ResolveParty(p.party, path, owner_kind, owner_id, lookup, check);
    // Analyses count a participant against an organisation or a role, so a
    // person alone must hold one.
    if (p.party.organisation.empty() && p.party.role.empty() && p.party.person.handle.valid() &&
        lookup.Get(p.party.person.handle).roles.empty()) {
      check.Add(LazyPath(path, "person").str(),
                absl::StrCat("person ", Quote(p.party.person.id),
                             " holds no role: give the participant's role or organisation (", owner_kind, " ",
                             Quote(owner_id), ")"), diagnostic_code::kConflict);
    }
  }
}

template <class Lookup>
void ResolveLead(Lead& lead, const LazyPath& base, absl::string_view owner_kind, absl::string_view owner_id,
                 const Lookup& lookup, Checker& check) {
  for (size_t j = 0; j < lead.organisations.size(); ++j) {
    ResolveItem(lead.organisations[j], lookup, "organisation", LazyPath(base, "lead.organisations", j),
                owner_kind, owner_id, check);
  }
  for (size_t j = 0; j < lead.supporting.size(); ++j) {
    ResolveItem(lead.supporting[j], lookup, "organisation", LazyPath(base, "lead.supporting", j),
                owner_kind, owner_id, check);
  }
}

bool IsNonNegativeNumber(double v, double max) { return std::isfinite(v) && v >= 0 && v <= max; }

const std::string kHoursRule = absl::StrCat("must be a finite number of hours, zero or more and at most ",
                                            kMaxSittingHours, " (a week)");
const std::string kRateRule =
    absl::StrCat("must be a finite number, zero or more and at most ", kMaxSittingsPerYear, " (hourly)");

template <class Lookup>
void CheckOrganisation(Organisation& o, const LazyPath& base, const Lookup& lookup, Checker& check) {
  Resolve(o.parent, lookup, "organisation", LazyPath(base, "parent"), "organisation", o.id, check);
  ResolveAreas(o.areas, base, "organisation", o.id, lookup, check);
}

template <class Lookup>
void CheckMeeting(Meeting& m, const LazyPath& base, const Lookup& lookup, Checker& check) {
  ResolveLead(m.lead, base, "meeting", m.id, lookup, check);
  ResolveParty(m.chair, LazyPath(base, "chair"), "meeting", m.id, lookup, check);
  ResolveParticipants(m.participants, base, "meeting", m.id, lookup, check);
  ResolveAreas(m.areas, base, "meeting", m.id, lookup, check);
  Resolve(m.reports_to, lookup, "meeting", LazyPath(base, "reports_to"), "meeting", m.id, check);
  for (size_t j = 0; j < m.topics.size(); ++j) {
    ResolveItem(m.topics[j], lookup, "topic", LazyPath(base, "topics", j), "meeting", m.id, check);
  }
  if (m.duration_hours && !IsNonNegativeNumber(*m.duration_hours, kMaxSittingHours)) {
    check.Add(LazyPath(base, "duration_hours").str(), kHoursRule, diagnostic_code::kBadValue);
  }
  if (m.cadence.per_year() && !IsNonNegativeNumber(*m.cadence.per_year(), kMaxSittingsPerYear)) {
    check.Add(LazyPath(base, "cadence").str(), "meetings a year " + kRateRule, diagnostic_code::kBadValue);
  }
  if (m.cadence.kind() == Cadence::Kind::kRegular && !m.cadence.per_year()) {
    check.Add(LazyPath(base, "cadence").str(), "a regular cadence needs its meetings a year", diagnostic_code::kMissing);
  }
  for (size_t j = 0; j < m.cadence.exceptions().size(); ++j) {
    const Cadence::AreaRate& e = m.cadence.exceptions()[j];
    const LazyPath path(base, "cadence.exceptions", j);
    if (!IsNonNegativeNumber(e.per_year, kMaxSittingsPerYear)) check.Add(LazyPath(path, "per_year").str(), kRateRule, diagnostic_code::kBadValue);
    // The exception names an area as written: an id, name or alias of one
    // of the meeting's own areas.
    std::optional<AreaHandle> found;
    for (const Ref<Area>& a : m.areas) {
      if (a.handle.valid() && IsCalled(lookup.Get(a.handle), e.area)) found = a.handle;
    }
    if (found) {
      m.cadence.set_exception_area_handle(j, *found);
    } else {
      check.Add(LazyPath(path, "area").str(),
                absl::StrCat("area ", Quote(e.area), " is not one of the meeting's areas (meeting ", Quote(m.id), ")"), diagnostic_code::kConflict);
    }
  }
}

bool YearInRange(const std::optional<absl::CivilDay>& d) { return !d || (d->year() >= 1000 && d->year() <= 9999); }

// Whether two terms of office share a day; a missing end is open.
bool Overlap(const Membership& a, const Membership& b) {
  const bool a_before_b = a.end_date && b.start_date && *a.end_date < *b.start_date;
  const bool b_before_a = b.end_date && a.start_date && *b.end_date < *a.start_date;
  return !a_before_b && !b_before_a;
}

// The seats people hold on meetings, each checked alone, then against the
// others of its meeting.
void CheckMemberships(std::vector<Membership>& memberships, const TableLookup& lookup, Checker& check) {
  for (size_t i = 0; i < memberships.size(); ++i) {
    Membership& m = memberships[i];
    const LazyPath base("memberships", i);
    const std::string& owner = m.person.id;
    if (m.person.empty()) check.Add(LazyPath(base, "person").str(), "names no person", diagnostic_code::kMissing);
    if (m.meeting.empty()) check.Add(LazyPath(base, "meeting").str(), "names no meeting", diagnostic_code::kMissing);
    Resolve(m.person, lookup, "person", LazyPath(base, "person"), "member", owner, check);
    Resolve(m.meeting, lookup, "meeting", LazyPath(base, "meeting"), "member", owner, check);
    Resolve(m.council, lookup, "organisation", LazyPath(base, "council"), "member", owner, check);
    Resolve(m.substitute_for, lookup, "person", LazyPath(base, "substitute_for"), "member", owner, check);
    for (size_t j = 0; j < m.leads.size(); ++j) {
      ResolveItem(m.leads[j], lookup, "topic", LazyPath(base, "leads", j), "member", owner, check);
    }
    if (m.seat == SeatKind::kIndependent && !m.council.empty()) {
      check.Add(LazyPath(base, "council").str(),
                absl::StrCat("an independent member represents no council (member ", Quote(owner), ")"), diagnostic_code::kConflict);
    } else if (m.seat != SeatKind::kIndependent && m.council.empty()) {
      check.Add(LazyPath(base, "council").str(),
                absl::StrCat("names no council: a councillor's seat names the council they represent (member ",
                             Quote(owner), ")"), diagnostic_code::kMissing);
    }
    if (!m.substitute_for.empty() && m.substitute_for.id == m.person.id) {
      check.Add(LazyPath(base, "substitute_for").str(),
                absl::StrCat("a member cannot substitute for themselves (member ", Quote(owner), ")"), diagnostic_code::kConflict);
    }
    for (const auto& [field, date] : {std::pair{"start_date", m.start_date}, std::pair{"end_date", m.end_date}}) {
      if (!YearInRange(date)) check.Add(LazyPath(base, field).str(), "year must be between 1000 and 9999", diagnostic_code::kBadValue);
    }
    if (m.start_date && m.end_date && *m.end_date < *m.start_date) {
      check.Add(LazyPath(base, "end_date").str(),
                absl::StrCat("the term ends before it starts (member ", Quote(owner), ")"), diagnostic_code::kConflict);
    }
  }
  // One seat per person and meeting at a time; the member substituted for
  // sits on the same meeting.
  absl::flat_hash_map<std::pair<uint32_t, uint32_t>, std::vector<size_t>> seats;  // (meeting, person) -> positions
  for (size_t i = 0; i < memberships.size(); ++i) {
    const Membership& m = memberships[i];
    if (!m.meeting.handle.valid() || !m.person.handle.valid()) continue;
    std::vector<size_t>& held = seats[{m.meeting.handle.index(), m.person.handle.index()}];
    for (size_t k : held) {
      if (Overlap(memberships[k], m)) {
        check.Add(Path("memberships", i) + ".person",
                  absl::StrCat("person ", Quote(m.person.id), " already sits on meeting ", Quote(m.meeting.id),
                               " for an overlapping term (", Path("memberships", k), ")"), diagnostic_code::kConflict);
        break;
      }
    }
    held.push_back(i);
  }
  for (size_t i = 0; i < memberships.size(); ++i) {
    const Membership& m = memberships[i];
    if (!m.meeting.handle.valid() || !m.substitute_for.handle.valid() || m.substitute_for.id == m.person.id) continue;
    auto it = seats.find({m.meeting.handle.index(), m.substitute_for.handle.index()});
    const bool member = it != seats.end() && absl::c_any_of(it->second, [&](size_t k) {
                          return !memberships[k].is_substitute();
                        });
    if (!member) {
      check.Add(Path("memberships", i) + ".substitute_for",
                absl::StrCat("person ", Quote(m.substitute_for.id), " is not a member of meeting ",
                             Quote(m.meeting.id), " (member ", Quote(m.person.id), ")"), diagnostic_code::kConflict);
    }
  }
}

// Identifiers must survive a JSON round trip.
void CheckIdentifiers(const std::vector<Identifier>& ids, const LazyPath& base, Checker& check) {
  for (size_t j = 0; j < ids.size(); ++j) {
    const LazyPath path(base, "identifiers", j);
    if (ids[j].scheme.empty()) check.Add(LazyPath(path, "scheme").str(), "is empty", diagnostic_code::kMissing);
    if (ids[j].value.empty()) check.Add(LazyPath(path, "value").str(), "is empty", diagnostic_code::kMissing);
  }
}

// What Index() reports of one entity added to a table of `kind`, whose ids
// `existing` finds.
void CheckNewIdentity(const Entity& e, const std::string& path, absl::string_view kind,
                      std::optional<uint32_t> existing, Checker& check) {
  if (e.id.empty()) {
    check.Add(path + ".id", "id is empty", diagnostic_code::kMissing);
    return;
  }
  if (existing) {
    check.Add(path + ".id", absl::StrCat("duplicate id ", Quote(e.id), " (first at ", Path(kind, *existing), ")"), diagnostic_code::kDuplicateId);
  }
  if (e.name.empty()) check.Add(path + ".name", "name is empty", diagnostic_code::kMissing);
}

// Follows single-parent links and reports each cycle once, at the entity on
// the cycle that comes first.
template <class T, class ParentOf>
void CheckAcyclic(const std::vector<T>& items, ParentOf parent_of, absl::string_view kind,
                  absl::string_view field, absl::string_view what, Checker& check) {
  enum class Mark : unsigned char { kNew, kOnPath, kDone };
  std::vector<Mark> mark(items.size(), Mark::kNew);
  for (size_t start = 0; start < items.size(); ++start) {
    std::vector<size_t> path;
    std::optional<size_t> at = start;
    while (at && mark[*at] == Mark::kNew) {
      mark[*at] = Mark::kOnPath;
      path.push_back(*at);
      at = parent_of(items[*at]);
    }
    if (at && mark[*at] == Mark::kOnPath) {
      // The cycle is the tail of `path` from *at.
      size_t first = 0;
      while (path[first] != *at) ++first;
      size_t lowest = *at;
      std::vector<std::string> ids;
      for (size_t k = first; k < path.size(); ++k) {
        ids.push_back(Quote(items[path[k]].id));
        lowest = std::min(lowest, path[k]);
      }
      ids.push_back(Quote(items[*at].id));
      check.Add(absl::StrCat(Path(kind, lowest), ".", field),
                absl::StrCat(what, " cycle ", absl::StrJoin(ids, " -> ")), diagnostic_code::kCycle);
    }
    for (size_t k : path) mark[k] = Mark::kDone;
  }
}

template <class T>
std::optional<size_t> ParentIndex(const Ref<T>& parent) {
  if (parent.empty() || !parent.handle.valid()) return std::nullopt;
  return parent.handle.index();
}

}  // namespace

RegisterBuilder::RegisterBuilder(const Register& from)
    : info_(from.info()),
      defaults_(from.defaults()),
      areas_(from.areas().begin(), from.areas().end()),
      organisations_(from.organisations().begin(), from.organisations().end()),
      roles_(from.roles().begin(), from.roles().end()),
      people_(from.people().begin(), from.people().end()),
      topics_(from.topics().begin(), from.topics().end()),
      meetings_(from.meetings().begin(), from.meetings().end()),
      initiatives_(from.initiatives().begin(), from.initiatives().end()),
      memberships_(from.memberships().begin(), from.memberships().end()) {}

RegisterBuilder& RegisterBuilder::SetInfo(RegisterInfo info) {
  info_ = std::move(info);
  return *this;
}
RegisterBuilder& RegisterBuilder::SetDefaults(RegisterDefaults defaults) {
  defaults_ = defaults;
  return *this;
}
RegisterBuilder& RegisterBuilder::AddArea(Area area) {
  areas_.push_back(std::move(area));
  return *this;
}
RegisterBuilder& RegisterBuilder::AddOrganisation(Organisation organisation) {
  organisations_.push_back(std::move(organisation));
  return *this;
}
RegisterBuilder& RegisterBuilder::AddRole(Role role) {
  roles_.push_back(std::move(role));
  return *this;
}
RegisterBuilder& RegisterBuilder::AddPerson(Person person) {
  people_.push_back(std::move(person));
  return *this;
}
RegisterBuilder& RegisterBuilder::AddTopic(Topic topic) {
  topics_.push_back(std::move(topic));
  return *this;
}
RegisterBuilder& RegisterBuilder::AddMeeting(Meeting meeting) {
  meetings_.push_back(std::move(meeting));
  return *this;
}
RegisterBuilder& RegisterBuilder::AddInitiative(Initiative initiative) {
  initiatives_.push_back(std::move(initiative));
  return *this;
}
RegisterBuilder& RegisterBuilder::AddMembership(Membership membership) {
  memberships_.push_back(std::move(membership));
  return *this;
}

std::vector<Diagnostic> RegisterBuilder::Assemble(RegisterBuilder&& from, Register& reg) {
  std::vector<Diagnostic> problems;
  Checker check(problems);
  reg.info_ = std::move(from.info_);
  reg.defaults_ = from.defaults_;
  if (!IsNonNegativeNumber(reg.defaults_.meeting_duration_hours, kMaxSittingHours)) {
    check.Add("defaults.meeting_duration_hours", kHoursRule, diagnostic_code::kBadValue);
  }

  Index(std::move(from.areas_), reg.areas_, "areas", check);
  Index(std::move(from.organisations_), reg.organisations_, "organisations", check);
  Index(std::move(from.roles_), reg.roles_, "roles", check);
  Index(std::move(from.people_), reg.people_, "people", check);
  Index(std::move(from.topics_), reg.topics_, "topics", check);
  Index(std::move(from.meetings_), reg.meetings_, "meetings", check);
  Index(std::move(from.initiatives_), reg.initiatives_, "initiatives", check);

  const TableLookup lookup{reg.areas_, reg.organisations_, reg.roles_, reg.people_, reg.topics_, reg.meetings_};
  for (size_t i = 0; i < reg.areas_.items.size(); ++i) {
    Area& a = reg.areas_.items[i];
    Resolve(a.parent, lookup, "area", LazyPath(LazyPath("areas", i), "parent"), "area", a.id, check);
  }
  for (size_t i = 0; i < reg.organisations_.items.size(); ++i) {
    CheckOrganisation(reg.organisations_.items[i], LazyPath("organisations", i), lookup, check);
  }
  for (size_t i = 0; i < reg.roles_.items.size(); ++i) {
    Role& r = reg.roles_.items[i];
    Resolve(r.organisation, lookup, "organisation", LazyPath(LazyPath("roles", i), "organisation"), "role", r.id,
            check);
  }
  for (size_t i = 0; i < reg.people_.items.size(); ++i) {
    Person& p = reg.people_.items[i];
    for (size_t j = 0; j < p.roles.size(); ++j) {
      ResolveItem(p.roles[j], lookup, "role", LazyPath(LazyPath("people", i), "roles", j), "person", p.id, check);
    }
  }
  for (size_t i = 0; i < reg.topics_.items.size(); ++i) {
    Topic& t = reg.topics_.items[i];
    Resolve(t.parent, lookup, "topic", LazyPath(LazyPath("topics", i), "parent"), "topic", t.id, check);
  }
  for (size_t i = 0; i < reg.meetings_.items.size(); ++i) {
    CheckMeeting(reg.meetings_.items[i], LazyPath("meetings", i), lookup, check);
  }
  for (size_t i = 0; i < reg.initiatives_.items.size(); ++i) {
    Initiative& in = reg.initiatives_.items[i];
    const LazyPath base("initiatives", i);
    ResolveLead(in.lead, base, "initiative", in.id, lookup, check);
    ResolveParticipants(in.participants, base, "initiative", in.id, lookup, check);
    ResolveAreas(in.areas, base, "initiative", in.id, lookup, check);
    for (size_t j = 0; j < in.priorities.size(); ++j) {
      ResolveItem(in.priorities[j], lookup, "topic", LazyPath(base, "priorities", j), "initiative", in.id, check);
    }
    if (in.start_date && in.end_date && *in.end_date < *in.start_date) {
      check.Add(LazyPath(base, "end_date").str(),
                absl::StrCat("ends before it starts (initiative ", Quote(in.id), ")"), diagnostic_code::kConflict);
    }
  }

  // Identifiers and dates must survive a JSON round trip.
  for (size_t i = 0; i < reg.areas_.items.size(); ++i) {
    CheckIdentifiers(reg.areas_.items[i].identifiers, LazyPath("areas", i), check);
  }
  for (size_t i = 0; i < reg.organisations_.items.size(); ++i) {
    CheckIdentifiers(reg.organisations_.items[i].identifiers, LazyPath("organisations", i), check);
  }
  for (size_t i = 0; i < reg.initiatives_.items.size(); ++i) {
    const Initiative& in = reg.initiatives_.items[i];
    for (const auto& [field, date] : {std::pair{"start_date", in.start_date}, std::pair{"end_date", in.end_date}}) {
      if (date && (date->year() < 1000 || date->year() > 9999)) {
        check.Add(absl::StrCat(Path("initiatives", i), ".", field), "year must be between 1000 and 9999", diagnostic_code::kBadValue);
      }
    }
  }

  reg.memberships_ = std::move(from.memberships_);
  CheckMemberships(reg.memberships_, lookup, check);

  CheckAcyclic(reg.areas_.items, [](const Area& a) { return ParentIndex(a.parent); }, "areas",
               "parent", "parent", check);
  CheckAcyclic(reg.organisations_.items,
               [](const Organisation& o) { return ParentIndex(o.parent); }, "organisations",
               "parent", "parent", check);
  CheckAcyclic(reg.topics_.items, [](const Topic& t) { return ParentIndex(t.parent); }, "topics",
               "parent", "parent", check);
  CheckAcyclic(reg.meetings_.items, [](const Meeting& m) { return ParentIndex(m.reports_to); },
               "meetings", "reports_to", "reporting", check);
  return problems;
}

std::vector<Diagnostic> RegisterBuilder::Check() const {
  Register scratch;
  return Assemble(RegisterBuilder(*this), scratch);
}

absl::StatusOr<Register> RegisterBuilder::Build() const& { return RegisterBuilder(*this).Build(); }

absl::StatusOr<Register> RegisterBuilder::Build() && {
  Register reg;
  std::vector<Diagnostic> problems = Assemble(std::move(*this), reg);
  if (!problems.empty()) return ProblemsToStatus(problems);
  return reg;
}

namespace internal {

std::vector<Diagnostic> CheckNewMeeting(const Meeting& meeting, const std::string& path, const EditContext& context) {
  std::vector<Diagnostic> problems;
  Checker check(problems);
  const EditLookup lookup{context};
  Meeting m = meeting;
  CheckNewIdentity(m, path, "meetings", lookup.Find(Ref<Meeting>(m.id)), check);
  CheckMeeting(m, path, lookup, check);
  return problems;
}

std::vector<Diagnostic> CheckNewOrganisation(const Organisation& organisation, const std::string& path,
                                          const EditContext& context) {
  std::vector<Diagnostic> problems;
  Checker check(problems);
  const EditLookup lookup{context};
  Organisation o = organisation;
  CheckNewIdentity(o, path, "organisations", lookup.Find(Ref<Organisation>(o.id)), check);
  CheckOrganisation(o, path, lookup, check);
  CheckIdentifiers(o.identifiers, path, check);
  return problems;
}

}  // namespace internal

absl::Status ProblemsToStatus(const std::vector<Diagnostic>& problems) {
  if (problems.empty()) return absl::OkStatus();
  std::vector<std::string> shown;
  for (size_t i = 0; i < problems.size() && i < kProblemsInMessage; ++i) {
    shown.push_back(problems[i].ToString());
  }
  std::string message = absl::StrJoin(shown, "; ");
  if (problems.size() > kProblemsInMessage) {
    absl::StrAppend(&message, "; and ", problems.size() - kProblemsInMessage, " more problems");
  }
  return absl::InvalidArgumentError(message);
}

}  // namespace govgraph
