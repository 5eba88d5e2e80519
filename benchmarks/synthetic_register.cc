// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "synthetic_register.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"

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

  // Themes: a topic tag each and a vocabulary for purpose text.
  const std::vector<std::pair<std::string, std::vector<std::string>>> themes = {
      {"safeguarding", {"safeguard", "children", "adults", "exploitation", "abuse", "protection", "vulnerable", "neglect"}},
      {"criminal-justice", {"courts", "prosecution", "victims", "witnesses", "sentencing", "custody", "justice", "cases"}},
      {"reoffending", {"reoffending", "probation", "offenders", "rehabilitation", "prison", "release", "housing", "employment"}},
      {"community-safety", {"antisocial", "behaviour", "neighbourhood", "disorder", "crime", "prevention", "hotspots", "patrols"}},
      {"mental-health", {"mental", "health", "crisis", "section", "ambulance", "hospital", "concordat", "care"}},
      {"serious-organised-crime", {"organised", "drugs", "county", "lines", "gangs", "firearms", "trafficking", "disruption"}},
      {"domestic-abuse", {"domestic", "abuse", "refuge", "marac", "perpetrators", "stalking", "violence", "survivors"}},
      {"commissioning", {"commissioning", "grants", "contracts", "services", "funding", "budget", "providers", "outcomes"}},
  };
  for (const auto& [id, words] : themes) {
    Topic t;
    t.id = id;
    t.name = id;
    b.AddTopic(t);
  }
  const std::vector<std::string> general = {"partnership", "strategy", "performance", "priorities", "review",
                                            "delivery", "plan", "local", "joint", "update", "escalation", "risk"};

  const double kRates[] = {12, 6, 4, 4, 2, 1, 26};
  std::geometric_distribution<int> extra_participants(0.3);  // skewed: mostly small
  std::uniform_real_distribution<double> unit(0, 1);
  std::vector<Meeting> made;
  made.reserve(static_cast<size_t>(options.meetings));
  for (int i = 0; i < options.meetings; ++i) {
    if (i > 10 && unit(rng) < options.duplicate_share) {
      // A near-copy of an earlier meeting: same participants but perhaps one,
      // same topics, the purpose with a word or two changed.
      const Meeting& original = made[rng() % made.size()];
      Meeting m = original;
      m.id = absl::StrCat("meeting-", i);
      m.name = absl::StrCat("Meeting ", i);
      m.attributes = {{"duplicate_of", original.id}};
      m.reports_to = Ref<Meeting>();
      if (m.participants.size() > 2 && unit(rng) < 0.5) m.participants.pop_back();
      std::vector<std::string> words = absl::StrSplit(m.purpose, ' ', absl::SkipEmpty());
      if (!words.empty()) words[rng() % words.size()] = general[rng() % general.size()];
      m.purpose = absl::StrJoin(words, " ");
      made.push_back(m);
      b.AddMeeting(std::move(m));
      continue;
    }
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
    // The police (locals[0]) and the OPCC (locals[1]) sit in most meetings.
    std::vector<std::string> chosen;
    if (unit(rng) < 0.8) chosen.push_back(force.locals[0]);
    if (unit(rng) < 0.6) chosen.push_back(force.locals[1]);
    std::vector<std::string> pool(force.locals.begin() + 2, force.locals.end());
    pool.insert(pool.end(), force.councils.begin(), force.councils.end());
    if (unit(rng) < 0.2) pool.insert(pool.end(), national.begin(), national.end());
    std::shuffle(pool.begin(), pool.end(), rng);
    const size_t count = std::min(pool.size(), static_cast<size_t>(1 + extra_participants(rng)));
    chosen.insert(chosen.end(), pool.begin(), pool.begin() + static_cast<std::ptrdiff_t>(count));
    for (size_t k = 0; k < chosen.size(); ++k) {
      Participant p;
      p.party.organisation = chosen[k];
      p.type = k == 0 ? ParticipationType::kChair : ParticipationType::kMember;
      m.participants.push_back(std::move(p));
    }
    const auto& theme = themes[rng() % themes.size()];
    m.topics = {theme.first};
    if (unit(rng) < 0.3) m.topics.push_back(themes[rng() % themes.size()].first);
    std::vector<std::string> words;
    for (int k = 0, n = 4 + static_cast<int>(rng() % 6); k < n; ++k) {
      words.push_back(unit(rng) < 0.7 ? theme.second[rng() % theme.second.size()] : general[rng() % general.size()]);
    }
    m.purpose = absl::StrJoin(words, " ");
    if (i > 0 && unit(rng) < 0.2) m.reports_to = absl::StrCat("meeting-", rng() % static_cast<uint32_t>(i));
    made.push_back(m);
    b.AddMeeting(std::move(m));
  }
  return b;
}

}  // namespace govgraph::bench
