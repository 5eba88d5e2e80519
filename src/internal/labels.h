// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// labels.h (private): short names, lead labels, dates, figures and error paths
// shared by the summary, the analyses and the register edits.
#ifndef GOVGRAPH_SRC_INTERNAL_LABELS_H_
#define GOVGRAPH_SRC_INTERNAL_LABELS_H_

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/time/civil_time.h"
#include "govgraph/model.h"
#include "govgraph/register.h"

namespace govgraph::internal {

// The shortest name an analyst recognises: the first alias when it is an
// abbreviation ("OPCC"), else the name.
inline const std::string& ShortName(const Organisation& o) {
  if (!o.aliases.empty() && o.aliases.front().size() < o.name.size()) return o.aliases.front();
  return o.name;
}

// The lead organisations of a meeting, sorted by handle.
inline std::vector<OrganisationHandle> LeadHandles(const Lead& lead) {
  std::vector<OrganisationHandle> out;
  for (const Ref<Organisation>& o : lead.organisations) {
    if (o.handle.valid()) out.push_back(o.handle);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// "OPCC", "joint: OPCC + Constabulary", "no lead".
inline std::string LeadLabel(const Register& reg, const std::vector<OrganisationHandle>& leads) {
  if (leads.empty()) return "no lead";
  std::vector<std::string> names;
  for (OrganisationHandle h : leads) names.push_back(ShortName(reg.organisation(h)));
  if (names.size() == 1) return names.front();
  return absl::StrCat("joint: ", absl::StrJoin(names, " + "));
}

// The role a party stands for: its role, else the first role of its person.
inline std::optional<RoleHandle> RoleOf(const Register& reg, const Party& party) {
  if (std::optional<RoleHandle> r = reg.Resolve(party.role)) return r;
  if (std::optional<PersonHandle> p = reg.Resolve(party.person)) {
    const Person& person = reg.person(*p);
    if (!person.roles.empty()) return reg.Resolve(person.roles.front());
  }
  return std::nullopt;
}

// A figure for text output: whole numbers without decimals, others to one.
inline std::string FormatAmount(double v) {
  if (std::fabs(v - std::round(v)) < 1e-9) return absl::StrFormat("%.0f", v);
  return absl::StrFormat("%.1f", v);
}

// A date as UK papers write it: 10/02/2026.
inline std::string DayText(absl::CivilDay d) { return absl::StrFormat("%02d/%02d/%04d", d.day(), d.month(), d.year()); }

// The median of a non-empty list.
inline double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// InvalidArgumentError "path: message", the form every input error takes.
inline absl::Status PathError(absl::string_view path, absl::string_view message) {
  return absl::InvalidArgumentError(absl::StrCat(path, ": ", message));
}

}  // namespace govgraph::internal

#endif  // GOVGRAPH_SRC_INTERNAL_LABELS_H_
