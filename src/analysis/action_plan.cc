// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/analysis/action_plan.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "internal/files.h"
#include "internal/json_text.h"
#include "internal/text.h"
#include "internal/enum_names.h"

namespace govgraph {

namespace {

using Json = nlohmann::json;

constexpr ActionStatus kStatuses[] = {ActionStatus::kOpen, ActionStatus::kInProgress, ActionStatus::kDone,
                                      ActionStatus::kDropped};

absl::Status Invalid(const std::string& path, absl::string_view message) {
  return absl::InvalidArgumentError(absl::StrCat(path, ": ", message));
}

// A JSON value quoted for a message, clipped.
std::string Shown(const Json& value) {
  return internal::Clip(value.dump(-1, ' ', false, Json::error_handler_t::replace), 80);
}

absl::Status Text(const Json& obj, const std::string& path, const char* key, std::string& out, bool required) {
  auto it = obj.find(key);
  const std::string at = path.empty() ? key : absl::StrCat(path, ".", key);
  if (it == obj.end()) return required ? Invalid(at, "missing") : absl::OkStatus();
  if (!it->is_string()) return Invalid(at, absl::StrCat("expected a string, found ", Shown(*it)));
  out = it->get<std::string>();
  if (required && absl::StripAsciiWhitespace(out).empty()) return Invalid(at, "empty");
  return absl::OkStatus();
}

std::optional<absl::CivilDay> ParseDay(absl::string_view text) {
  absl::CivilDay day;
  if (text.size() != 10 || !absl::ParseCivilTime(text, &day) || absl::FormatCivilTime(day) != text) {
    return std::nullopt;
  }
  return day;
}

absl::Status Date(const Json& obj, const std::string& path, const char* key, std::optional<absl::CivilDay>& out) {
  auto it = obj.find(key);
  if (it == obj.end()) return absl::OkStatus();
  const std::string at = path.empty() ? key : absl::StrCat(path, ".", key);
  if (!it->is_string()) return Invalid(at, absl::StrCat(Shown(*it), " is not a date (YYYY-MM-DD)"));
  out = ParseDay(it->get<std::string>());
  if (!out) return Invalid(at, absl::StrCat(Shown(*it), " is not a date (YYYY-MM-DD)"));
  return absl::OkStatus();
}

absl::Status Unknown(const Json& obj, const std::string& path, std::initializer_list<absl::string_view> known) {
  for (const auto& [key, value] : obj.items()) {
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      return Invalid(path.empty() ? key : absl::StrCat(path, ".", key), "unknown field");
    }
  }
  return absl::OkStatus();
}

absl::Status Ids(const Json& obj, const std::string& path, const char* key, std::vector<std::string>& out) {
  auto it = obj.find(key);
  if (it == obj.end()) return absl::OkStatus();
  const std::string at = absl::StrCat(path, ".", key);
  if (!it->is_array()) return Invalid(at, "expected an array of ids");
  for (size_t i = 0; i < it->size(); ++i) {
    const Json& id = (*it)[i];
    const std::string item = absl::StrCat(at, "[", i, "]");
    if (!id.is_string() || id.get<std::string>().empty()) return Invalid(item, "expected an id");
    if (std::find(out.begin(), out.end(), id.get<std::string>()) != out.end()) {
      return Invalid(item, absl::StrCat("\"", internal::Clip(id.get<std::string>(), 80), "\" is given twice"));
    }
    out.push_back(id.get<std::string>());
  }
  return absl::OkStatus();
}

absl::Status ReadAnswers(const Json& obj, const std::string& path, ActionAnswers& out) {
  if (!obj.is_object()) return Invalid(path, "expected an object");
  if (absl::Status s = Unknown(obj, path, {"recommendation", "finding", "meetings", "organisations", "topics"});
      !s.ok()) {
    return s;
  }
  for (absl::Status s : {Text(obj, path, "recommendation", out.recommendation, false),
                         Text(obj, path, "finding", out.finding, false), Ids(obj, path, "meetings", out.meetings),
                         Ids(obj, path, "organisations", out.organisations), Ids(obj, path, "topics", out.topics)}) {
    if (!s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::Status ReadAction(const Json& obj, const std::string& path, Action& a) {
  if (!obj.is_object()) return Invalid(path, "expected an object");
  if (absl::Status s = Unknown(obj, path, {"id", "text", "owner", "due", "status", "done_on", "answers", "notes"});
      !s.ok()) {
    return s;
  }
  std::string status;
  for (absl::Status s : {Text(obj, path, "id", a.id, true), Text(obj, path, "text", a.text, true),
                         Text(obj, path, "owner", a.owner, false), Date(obj, path, "due", a.due),
                         Text(obj, path, "status", status, true), Date(obj, path, "done_on", a.done_on),
                         Text(obj, path, "notes", a.notes, false)}) {
    if (!s.ok()) return s;
  }
  bool known = false;
  for (ActionStatus st : kStatuses) {
    if (Name(st) == status) {
      a.status = st;
      known = true;
    }
  }
  if (!known) {
    return Invalid(path + ".status", absl::StrCat("\"", internal::Clip(status, 80),
                                                  "\" is not a status: open, in_progress, done or dropped"));
  }
  if (a.done_on && a.status != ActionStatus::kDone) {
    return Invalid(path + ".done_on",
                   absl::StrCat("given, but the status is \"", internal::AV(Name(a.status)), "\", not done"));
  }
  if (auto it = obj.find("answers"); it != obj.end()) {
    if (absl::Status s = ReadAnswers(*it, path + ".answers", a.answers); !s.ok()) return s;
  }
  return absl::OkStatus();
}

std::string Day(absl::CivilDay d) { return absl::FormatCivilTime(d); }

// The id of `ids` nearest `id`, if one is close.
std::string Nearest(absl::string_view id, const std::vector<std::string>& ids) {
  std::string best;
  size_t best_distance = std::max<size_t>(3, id.size() / 3) + 1;
  const std::string lower = absl::AsciiStrToLower(id);
  for (const std::string& candidate : ids) {
    const size_t d = internal::EditDistance(lower, absl::AsciiStrToLower(candidate), best_distance - 1);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

template <class Items>
std::vector<std::string> IdsOf(const Items& items) {
  std::vector<std::string> out;
  out.reserve(items.size());
  for (const auto& item : items) out.push_back(item.id);
  return out;
}

// The names of `ids`, checked against the register's entities of one kind.
template <class Items, class Find, class Get>
absl::Status Names(const Register* reg, const std::vector<std::string>& ids, const std::string& path, const char* kind,
                   const Items& all, Find find, Get get, std::vector<std::string>& out) {
  for (size_t i = 0; i < ids.size(); ++i) {
    if (reg == nullptr) {
      out.push_back(ids[i]);
      continue;
    }
    auto h = find(ids[i]);
    if (!h) {
      const std::string near = Nearest(ids[i], IdsOf(all));
      return Invalid(absl::StrCat(path, "[", i, "]"),
                     absl::StrCat("no ", kind, " \"", internal::Clip(ids[i], 80), "\" in the register",
                                  near.empty() ? "" : absl::StrCat("; did you mean \"", near, "\"?")));
    }
    out.push_back(get(*h).name);
  }
  return absl::OkStatus();
}

std::string Plural(int n, absl::string_view one, absl::string_view many) {
  return absl::StrCat(n, " ", n == 1 ? one : many);
}

std::string MeetingName(const Register& reg, const std::string& id) {
  std::optional<MeetingHandle> h = reg.FindMeeting(id);
  return h ? reg.meeting(*h).name : id;
}

}  // namespace

namespace internal {
template <>
struct EnumNames<ActionStatus> {
  static constexpr std::string_view kWhat = "action status";
  static constexpr std::pair<ActionStatus, std::string_view> kTable[] = {
      {ActionStatus::kOpen, "open"},
      {ActionStatus::kInProgress, "in_progress"},
      {ActionStatus::kDone, "done"},
      {ActionStatus::kDropped, "dropped"},
  };
};
}  // namespace internal

std::string_view Name(ActionStatus s) { return internal::NameOf(s, "open"); }

namespace internal {
template <>
struct EnumNames<ActionState> {
  static constexpr std::string_view kWhat = "action state";
  static constexpr std::pair<ActionState, std::string_view> kTable[] = {
      {ActionState::kDone, "done"},
      {ActionState::kDropped, "dropped"},
      {ActionState::kOverdue, "overdue"},
      {ActionState::kDueSoon, "due_soon"},
      {ActionState::kNoDueDate, "no_due_date"},
      {ActionState::kOpen, "open"},
  };
};
}  // namespace internal

std::string_view Name(ActionState s) { return internal::NameOf(s, "open"); }

absl::StatusOr<ActionPlan> ParseActionPlanJson(absl::string_view text) {
  absl::StatusOr<Json> parsed = internal::ParseJsonObject(text, "action plan");
  if (!parsed.ok()) return parsed.status();
  const Json& j = *parsed;
  if (absl::Status s = Unknown(j, "", {"action_plan_version", "title", "source", "as_of", "actions"}); !s.ok()) {
    return s;
  }
  auto version = j.find("action_plan_version");
  if (version == j.end()) return Invalid("action_plan_version", "missing (an action plan starts with it: 1)");
  if (!version->is_number_integer() || version->get<long long>() != 1) {
    return Invalid("action_plan_version", absl::StrCat(Shown(*version), " is not a version this reader knows (1)"));
  }
  ActionPlan plan;
  for (absl::Status s : {Text(j, "", "title", plan.title, true), Text(j, "", "source", plan.source, true),
                         Date(j, "", "as_of", plan.as_of)}) {
    if (!s.ok()) return s;
  }
  auto actions = j.find("actions");
  if (actions == j.end() || !actions->is_array()) return Invalid("actions", "expected an array of actions");
  std::set<std::string> ids;
  for (size_t i = 0; i < actions->size(); ++i) {
    const std::string path = absl::StrCat("actions[", i, "]");
    Action a;
    if (absl::Status s = ReadAction((*actions)[i], path, a); !s.ok()) return s;
    if (!ids.insert(a.id).second) {
      return Invalid(path + ".id", absl::StrCat("\"", internal::Clip(a.id, 80), "\" is the id of an earlier action"));
    }
    plan.actions.push_back(std::move(a));
  }
  return plan;
}

absl::StatusOr<ActionPlan> LoadActionPlanJsonFile(const std::string& path) {
  return internal::LoadFile(path, ParseActionPlanJson);
}

std::string ActionPlanToJson(const ActionPlan& plan) {
  nlohmann::ordered_json j;
  j["action_plan_version"] = 1;
  j["title"] = plan.title;
  j["source"] = plan.source;
  if (plan.as_of) j["as_of"] = Day(*plan.as_of);
  j["actions"] = nlohmann::ordered_json::array();
  for (const Action& a : plan.actions) {
    nlohmann::ordered_json e;
    e["id"] = a.id;
    e["text"] = a.text;
    if (!a.owner.empty()) e["owner"] = a.owner;
    if (a.due) e["due"] = Day(*a.due);
    e["status"] = std::string(Name(a.status));
    if (a.done_on) e["done_on"] = Day(*a.done_on);
    nlohmann::ordered_json answers = nlohmann::ordered_json::object();
    if (!a.answers.recommendation.empty()) answers["recommendation"] = a.answers.recommendation;
    if (!a.answers.finding.empty()) answers["finding"] = a.answers.finding;
    if (!a.answers.meetings.empty()) answers["meetings"] = a.answers.meetings;
    if (!a.answers.organisations.empty()) answers["organisations"] = a.answers.organisations;
    if (!a.answers.topics.empty()) answers["topics"] = a.answers.topics;
    if (!answers.empty()) e["answers"] = std::move(answers);
    if (!a.notes.empty()) e["notes"] = a.notes;
    j["actions"].push_back(std::move(e));
  }
  return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

absl::Status SaveActionPlanJsonFile(const ActionPlan& plan, const std::string& path) {
  return internal::WriteStringToFile(path, ActionPlanToJson(plan));
}

absl::StatusOr<ActionProgressResult> ActionProgress(const ActionPlan& plan, const Register* reg,
                                                    const ActionProgressOptions& options) {
  if (options.due_soon_days < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("due_soon_days: ", options.due_soon_days, " is negative; give a number of days from 0"));
  }
  ActionProgressResult r;
  r.title = plan.title;
  r.source = plan.source;
  r.due_soon_days = options.due_soon_days;
  r.as_of = options.as_of ? *options.as_of
            : plan.as_of  ? *plan.as_of
                          : absl::ToCivilDay(absl::Now(), absl::UTCTimeZone());
  r.checked_against_register = reg != nullptr;
  for (size_t i = 0; i < plan.actions.size(); ++i) {
    const Action& a = plan.actions[i];
    const std::string path = absl::StrCat("actions[", i, "].answers");
    ActionProgressItem item{.id = a.id,
                            .text = a.text,
                            .owner = a.owner,
                            .status = a.status,
                            .due = a.due,
                            .done_on = a.done_on,
                            .recommendation = a.answers.recommendation,
                            .notes = a.notes};
    static const Register* const kEmpty = new Register();
    const Register& lookup = reg != nullptr ? *reg : *kEmpty;
    for (absl::Status s :
         {Names(
              reg, a.answers.meetings, path + ".meetings", "meeting", lookup.meetings(),
              [&](const std::string& id) { return lookup.FindMeeting(id); },
              [&](MeetingHandle h) -> const Meeting& { return lookup.meeting(h); }, item.meetings),
          Names(
              reg, a.answers.organisations, path + ".organisations", "organisation", lookup.organisations(),
              [&](const std::string& id) { return lookup.FindOrganisation(id); },
              [&](OrganisationHandle h) -> const Organisation& { return lookup.organisation(h); }, item.organisations),
          Names(
              reg, a.answers.topics, path + ".topics", "topic", lookup.topics(),
              [&](const std::string& id) { return lookup.FindTopic(id); },
              [&](TopicHandle h) -> const Topic& { return lookup.topic(h); }, item.topics)}) {
      if (!s.ok()) return s;
    }
    if (a.status == ActionStatus::kDone) {
      item.state = ActionState::kDone;
      ++r.done;
    } else if (a.status == ActionStatus::kDropped) {
      item.state = ActionState::kDropped;
      ++r.dropped;
    } else if (!a.due) {
      item.state = ActionState::kNoDueDate;
      ++r.no_due_date;
    } else if (*a.due < r.as_of) {
      item.state = ActionState::kOverdue;
      item.days_overdue = static_cast<int>(r.as_of - *a.due);
      ++r.overdue;
    } else {
      item.days_left = static_cast<int>(*a.due - r.as_of);
      if (item.days_left <= options.due_soon_days) {
        item.state = ActionState::kDueSoon;
        ++r.due_soon;
      } else {
        item.state = ActionState::kOpen;
        ++r.open;
      }
    }
    r.actions.push_back(std::move(item));
  }
  return r;
}

std::string FormatActionProgress(const ActionProgressResult& r) {
  std::string out = absl::StrCat(r.title.empty() ? "Action plan" : r.title, ": progress at ", Day(r.as_of), "\n");
  if (!r.source.empty()) absl::StrAppend(&out, "  Source: ", r.source, "\n");
  absl::StrAppend(&out, "  ", Plural(static_cast<int>(r.actions.size()), "action", "actions"), ": ", r.done, " done, ",
                  r.dropped, " dropped, ", r.overdue, " overdue, ", r.due_soon, " due within ", r.due_soon_days,
                  " days, ", r.no_due_date, " open with no due date, ", r.open, " open\n");
  for (const ActionProgressItem& a : r.actions) {
    std::string state;
    switch (a.state) {
      case ActionState::kDone:
        state = a.done_on ? absl::StrCat("done ", Day(*a.done_on)) : "done";
        break;
      case ActionState::kDropped:
        state = "dropped";
        break;
      case ActionState::kOverdue:
        state = absl::StrCat("OVERDUE by ", Plural(a.days_overdue, "day", "days"), " (due ", Day(*a.due), ")");
        break;
      case ActionState::kDueSoon:
        state = absl::StrCat("due in ", Plural(a.days_left, "day", "days"), " (", Day(*a.due), ")");
        break;
      case ActionState::kNoDueDate:
        state = "open, no due date";
        break;
      case ActionState::kOpen:
        state = absl::StrCat("open, due ", Day(*a.due));
        break;
    }
    if (a.status == ActionStatus::kInProgress) absl::StrAppend(&state, ", in progress");
    absl::StrAppend(&out, "\n  ", a.id, ". ", a.text, "\n     ", state);
    if (!a.owner.empty()) absl::StrAppend(&out, "; owner: ", a.owner);
    absl::StrAppend(&out, "\n");
    if (!a.meetings.empty()) absl::StrAppend(&out, "     meetings: ", absl::StrJoin(a.meetings, ", "), "\n");
    if (!a.organisations.empty()) {
      absl::StrAppend(&out, "     organisations: ", absl::StrJoin(a.organisations, ", "), "\n");
    }
    if (!a.topics.empty()) absl::StrAppend(&out, "     topics: ", absl::StrJoin(a.topics, ", "), "\n");
  }
  if (r.overdue > 0) absl::StrAppend(&out, "\n", Plural(r.overdue, "action is", "actions are"), " overdue.\n");
  return out;
}

absl::StatusOr<ActionPlan> ActionPlanFromChangeSet(const Register& reg, const ChangeSet& changes,
                                                   const std::string& owner, std::optional<absl::CivilDay> due) {
  ActionPlan plan;
  plan.title = changes.title.empty() ? "Changes to meetings" : changes.title;
  plan.source = changes.source;
  for (size_t i = 0; i < changes.changes.size(); ++i) {
    const MeetingChange& c = changes.changes[i];
    for (size_t k = 0; k < c.meetings.size(); ++k) {
      if (!reg.FindMeeting(c.meetings[k])) {
        return absl::NotFoundError(
            absl::StrCat("changes[", i, "]: unknown meeting \"", internal::Clip(c.meetings[k], 80), "\""));
      }
    }
    std::vector<std::string> names;
    for (const std::string& id : c.meetings) names.push_back(absl::StrCat("the ", MeetingName(reg, id)));
    const std::string first = names.empty() ? "the meeting" : names.front();
    Action a;
    a.id = absl::StrCat("change-", i + 1);
    a.owner = owner;
    a.due = due;
    a.notes = c.reason;
    a.answers.recommendation = changes.title;
    a.answers.meetings = c.meetings;
    switch (c.action) {
      case ChangeAction::kRemove:
        a.text = absl::StrCat("Remove ", absl::StrJoin(names, " and "));
        break;
      case ChangeAction::kMerge: {
        std::string into = c.into_name;
        if (into.empty()) into = c.meetings.empty() ? "one meeting" : MeetingName(reg, c.meetings.front());
        a.text = absl::StrCat("Merge ", absl::StrJoin(names, " and "), " into the ", into);
        break;
      }
      case ChangeAction::kAdd: {
        std::string name;
        Json meeting = Json::parse(c.meeting_json, nullptr, false);
        if (meeting.is_object()) {
          if (auto it = meeting.find("name"); it != meeting.end() && it->is_string()) name = it->get<std::string>();
          if (auto it = meeting.find("id"); name.empty() && it != meeting.end() && it->is_string()) {
            name = it->get<std::string>();
          }
        }
        a.text = absl::StrCat("Set up the ", name.empty() ? "new meeting" : name);
        break;
      }
      case ChangeAction::kSetLead: {
        std::vector<std::string> leads;
        for (const std::string& id : c.lead) {
          std::optional<OrganisationHandle> h = reg.FindOrganisation(id);
          leads.push_back(h ? reg.organisation(*h).name : id);
        }
        a.text = leads.empty() ? absl::StrCat("Leave ", first, " without a lead")
                               : absl::StrCat("Make the lead of ", first, ": ", absl::StrJoin(leads, " and "));
        a.answers.organisations = c.lead;
        break;
      }
      case ChangeAction::kSetCadence:
        a.text = absl::StrCat("Change how often ", first, " meets: ", c.cadence);
        break;
    }
    if (!a.text.empty()) a.text[0] = absl::ascii_toupper(static_cast<unsigned char>(a.text[0]));
    plan.actions.push_back(std::move(a));
  }
  return plan;
}

GOVGRAPH_ENUM_VALUES(ActionStatus);
GOVGRAPH_ENUM_VALUES(ActionState);

}  // namespace govgraph
