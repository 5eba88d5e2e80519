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

  // Neighbourhoods: a locality with its own partners (a school, a housing
  // provider, a residents' association, a community group) and a place name
  // that its meetings' purposes mention.
  struct Neighbourhood {
    std::string area;
    std::string place;
    std::vector<std::string> partners;
  };
  struct Force {
    std::string area;
    std::vector<std::string> councils;
    std::vector<std::string> council_areas;
    std::vector<std::string> locals;  // police, OPCC, then health, justice, fire, voluntary bodies
    std::vector<std::vector<Neighbourhood>> neighbourhoods;  // by council
  };
  // Meetings sit at three tiers. A force has a few dozen force-wide boards and
  // each council area a few dozen more, however large the register; the rest
  // are neighbourhood meetings, about kPerNeighbourhood to a neighbourhood.
  // So a larger register has more places, not ever more meetings of the same
  // few partners (which would make similar pairs grow with n squared).
  constexpr int kPerUnit = 40, kPerNeighbourhood = 30;
  const double n_meetings = options.meetings;
  const int units_force = options.force_areas, units_council = options.force_areas * options.councils_per_force;
  const double force_tier = std::min(0.1 * n_meetings, static_cast<double>(kPerUnit * units_force));
  const double council_tier = std::min(0.3 * n_meetings, static_cast<double>(kPerUnit * units_council));
  const double neighbourhood_tier = n_meetings - force_tier - council_tier;
  const int neighbourhoods_per_council =
      std::max(1, static_cast<int>(std::ceil(neighbourhood_tier / (kPerNeighbourhood * units_council))));
  const char* kSyllables[] = {"ash", "bar", "brook", "by", "cal", "den", "dun", "ford", "ham", "hill", "ing",
                              "kirk", "lan", "ley", "mar", "mere", "mor", "ness", "pen", "ridge", "ston", "thorp",
                              "wick", "worth", "wold", "ton", "bury", "combe", "field", "well"};
  const char* kNeighbourhoodPartners[][2] = {{"school", "education"},
                                             {"housing", "private"},
                                             {"residents", "voluntary"},
                                             {"community", "voluntary"}};
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
      std::vector<Neighbourhood>& places = force.neighbourhoods.emplace_back();
      for (int h = 0; h < neighbourhoods_per_council; ++h) {
        Neighbourhood nb;
        nb.area = absl::StrCat("nbh-", f, "-", c, "-", h);
        const uint32_t code = static_cast<uint32_t>((f * options.councils_per_force + c) * neighbourhoods_per_council + h);
        nb.place = absl::StrCat(kSyllables[code % 30], kSyllables[(code / 30) % 30], kSyllables[(code / 900) % 30],
                                code >= 27000 ? absl::StrCat(code / 27000) : "");
        Area na;
        na.id = nb.area;
        na.name = absl::StrCat("Neighbourhood ", nb.place);
        na.kind = AreaKind::kLocality;
        na.parent = la.id;
        b.AddArea(na);
        for (const auto& [kind_name, kind] : kNeighbourhoodPartners) {
          Organisation p;
          p.id = absl::StrCat(kind_name, "-", nb.area);
          p.name = absl::StrCat(nb.place, " ", kind_name);
          p.kind = *ParseOrganisationKind(kind);
          p.areas = {nb.area};
          b.AddOrganisation(p);
          nb.partners.push_back(p.id);
        }
        places.push_back(std::move(nb));
      }
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
    m.cadence = unit(rng) < 0.1 ? Cadence::Unknown("TBC") : Cadence::Regular(kRates[rng() % 7]);
    if (unit(rng) < 0.5) m.duration_hours = 1.0 + static_cast<double>(rng() % 3);
    const double tier = unit(rng) * n_meetings;
    const size_t council = rng() % force.councils.size();
    std::vector<std::string> chosen;
    std::vector<std::string> pool;
    std::string place;
    if (tier < force_tier) {
      // Force-wide: strategic or tactical, the force's partners and councils.
      m.level = unit(rng) < 0.7 ? Level::kStrategic : Level::kTactical;
      m.areas = {force.area};
      m.lead.organisations = {force.locals[rng() % 2]};
      // The police (locals[0]) and the OPCC (locals[1]) sit in most meetings.
      if (unit(rng) < 0.8) chosen.push_back(force.locals[0]);
      if (unit(rng) < 0.6) chosen.push_back(force.locals[1]);
      pool.assign(force.locals.begin() + 2, force.locals.end());
      pool.insert(pool.end(), force.councils.begin(), force.councils.end());
      if (unit(rng) < 0.2) pool.insert(pool.end(), national.begin(), national.end());
    } else if (tier < force_tier + council_tier) {
      // A council area's community safety, safeguarding and health meetings.
      m.level = unit(rng) < 0.6 ? Level::kTactical : Level::kStrategic;
      m.areas = {force.council_areas[council]};
      m.lead.organisations = {unit(rng) < 0.5 ? force.councils[council] : force.locals[rng() % 2]};
      if (unit(rng) < 0.8) chosen.push_back(force.locals[0]);
      if (unit(rng) < 0.4) chosen.push_back(force.locals[1]);
      chosen.push_back(force.councils[council]);
      pool.assign(force.locals.begin() + 2, force.locals.end());
      for (const Neighbourhood& nb : force.neighbourhoods[council]) {
        if (unit(rng) < 2.0 / static_cast<double>(force.neighbourhoods[council].size())) {
          pool.insert(pool.end(), nb.partners.begin(), nb.partners.end());
        }
      }
    } else {
      // A neighbourhood's meetings: the local policing team and local partners.
      const std::vector<Neighbourhood>& places = force.neighbourhoods[council];
      const Neighbourhood& nb = places[rng() % places.size()];
      m.level = unit(rng) < 0.8 ? Level::kOperational : Level::kTactical;
      m.areas = {nb.area};
      m.lead.organisations = {unit(rng) < 0.7 ? force.locals[0] : force.councils[council]};
      if (unit(rng) < 0.9) chosen.push_back(force.locals[0]);
      if (unit(rng) < 0.1) chosen.push_back(force.locals[1]);
      if (unit(rng) < 0.5) chosen.push_back(force.councils[council]);
      pool = nb.partners;
      if (unit(rng) < 0.3) pool.push_back(force.locals[2 + rng() % (force.locals.size() - 2)]);
      place = nb.place;
    }
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
    if (!place.empty()) words.insert(words.begin() + static_cast<std::ptrdiff_t>(rng() % (words.size() + 1)), place);
    m.purpose = absl::StrJoin(words, " ");
    if (i > 0 && unit(rng) < 0.2) m.reports_to = absl::StrCat("meeting-", rng() % static_cast<uint32_t>(i));
    made.push_back(m);
    b.AddMeeting(std::move(m));
  }
  return b;
}

}  // namespace govgraph::bench
