// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "synthetic_register.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"

namespace govgraph::bench {

RegisterBuilder MakeSyntheticRegister(const SyntheticOptions& options) {
  std::mt19937 rng(options.seed);
  RegisterBuilder b;
  b.SetInfo({.title = absl::StrCat("Synthetic national register, ", options.meetings, " meetings")});

  struct Force {
    std::string area;
    std::vector<std::string> councils;
    std::vector<std::string> council_areas;
    std::vector<std::string> locals;  // health, justice, fire, voluntary bodies
  };
  std::vector<Force> forces(static_cast<size_t>(options.force_areas));
  const char* kLocalKinds[] = {"health", "criminal_justice", "fire_and_rescue", "voluntary", "ambulance"};
  for (int f = 0; f < options.force_areas; ++f) {
    Force& force = forces[static_cast<size_t>(f)];
    force.area = absl::StrCat("force-area-", f);
    Area fa;
    fa.id = force.area;
    fa.name = absl::StrCat("Force area ", f);
    fa.kind = AreaKind::kForceArea;
    b.AddArea(fa);
    for (const auto& [suffix, kind] : {std::pair<const char*, OrganisationKind>{"police", OrganisationKind::kPolice},
                                       {"opcc", OrganisationKind::kPoliceAndCrimeCommissioner}}) {
      Organisation o;
      o.id = absl::StrCat(suffix, "-", f);
      o.name = absl::StrCat(suffix, " ", f);
      o.kind = kind;
      o.areas = {force.area};
      b.AddOrganisation(o);
      force.locals.push_back(o.id);
    }
    for (int c = 0; c < options.councils_per_force; ++c) {
      Area la;
      la.id = absl::StrCat("la-", f, "-", c);
      la.name = absl::StrCat("Local authority area ", f, ".", c);
      la.kind = AreaKind::kLocalAuthority;
      la.parent = force.area;
      b.AddArea(la);
      Organisation o;
      o.id = absl::StrCat("council-", f, "-", c);
      o.name = absl::StrCat("Council ", f, ".", c);
      o.kind = OrganisationKind::kLocalAuthority;
      o.areas = {la.id};
      b.AddOrganisation(o);
      force.councils.push_back(o.id);
      force.council_areas.push_back(la.id);
    }
    for (int k = 0; k < 6; ++k) {
      Organisation o;
      o.id = absl::StrCat("body-", f, "-", k);
      o.name = absl::StrCat("Partner body ", f, ".", k);
      o.kind = *ParseOrganisationKind(kLocalKinds[k % 5]);
      o.areas = {force.area};
      b.AddOrganisation(o);
      force.locals.push_back(o.id);
    }
  }
  // National bodies attend some meetings everywhere.
  const std::vector<std::string> national = {"cps", "hmcts", "nps", "home-office"};
  for (const std::string& id : national) {
    Organisation o;
    o.id = id;
    o.name = absl::StrCat("National body ", id);
    o.kind = OrganisationKind::kCriminalJustice;
    b.AddOrganisation(o);
  }

  const double kRates[] = {12, 6, 4, 4, 2, 1, 26};
  std::geometric_distribution<int> extra_participants(0.3);  // skewed: mostly small
  std::uniform_real_distribution<double> unit(0, 1);
  for (int i = 0; i < options.meetings; ++i) {
    const Force& force = forces[static_cast<size_t>(rng() % forces.size())];
    Meeting m;
    m.id = absl::StrCat("meeting-", i);
    m.name = absl::StrCat("Meeting ", i);
    m.kind = static_cast<MeetingKind>(rng() % 8);
    m.level = static_cast<Level>(rng() % 3);
    m.cadence = unit(rng) < 0.1 ? Cadence::Unknown("TBC") : Cadence::Regular(kRates[rng() % 7]);
    if (unit(rng) < 0.5) m.duration_hours = 1.0 + static_cast<double>(rng() % 3);
    const bool local = unit(rng) < 0.6;
    if (local) {
      m.areas = {force.council_areas[rng() % force.council_areas.size()]};
    } else {
      m.areas = {force.area};
    }
    m.lead.organisations = {force.locals[rng() % 2]};
    std::vector<std::string> pool = force.locals;
    pool.insert(pool.end(), force.councils.begin(), force.councils.end());
    if (unit(rng) < 0.2) pool.insert(pool.end(), national.begin(), national.end());
    std::shuffle(pool.begin(), pool.end(), rng);
    const size_t count = std::min(pool.size(), static_cast<size_t>(2 + extra_participants(rng)));
    for (size_t k = 0; k < count; ++k) {
      Participant p;
      p.party.organisation = pool[k];
      p.type = k == 0 ? ParticipationType::kChair : ParticipationType::kMember;
      m.participants.push_back(std::move(p));
    }
    if (i > 0 && unit(rng) < 0.2) m.reports_to = absl::StrCat("meeting-", rng() % static_cast<uint32_t>(i));
    b.AddMeeting(std::move(m));
  }
  return b;
}

}  // namespace govgraph::bench
