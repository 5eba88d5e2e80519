// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/partnership_graph.h"

#include <boost/graph/graph_traits.hpp>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "govgraph/cadence.h"
#include "govgraph/model.h"
#include "govgraph/register.h"
#include "govgraph/register_builder.h"
#include "analysis_test_util.h"

namespace govgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

Participant P(Party party, ParticipationType type = ParticipationType::kMember, int seats = 1) {
  Participant p;
  p.party = std::move(party);
  p.type = type;
  p.seats = seats;
  return p;
}

Party OrgParty(std::string id) {
  Party p;
  p.organisation = std::move(id);
  return p;
}
Party RoleParty(std::string id) {
  Party p;
  p.role = std::move(id);
  return p;
}
Party PersonParty(std::string id) {
  Party p;
  p.person = std::move(id);
  return p;
}

// The register:
//   organisations  [0] opcc, [1] asc, [2] cps, [3] council, [4] lonely (in nothing)
//   roles          [0] pcc (opcc), [1] indep-chair (no organisation),
//                  [2] acc (asc), [3] floating (no organisation, in nothing)
//   people         [0] watson (acc), [1] smith (indep-chair)
//   meetings       [0] lcjb: lead opcc + asc, chaired by asc; PCC, OPCC x2 seats,
//                      CPS twice (attendee, then statutory), Watson. 6 a year.
//                  [1] safeguarding: lead opcc (not attending), council supporting;
//                      independent chair (type chair), asc observing. Unknown cadence.
//                  [2] old: to be removed; cps and asc; 4 a year in each of 2 areas.
//   initiatives    [0] iom: lead cps; council and the independent chair.
//
// Vertices: 5 organisations, 2 roles with no organisation, 3 meetings, 1
// initiative.
Register MakeRegister() {
  RegisterBuilder b;
  testing_util::AddAreas(b, {"north", "south"});
  auto org = [&](const char* id, const char* name, std::vector<std::string> aliases = {}) {
    Organisation o;
    o.id = id;
    o.name = name;
    o.aliases = std::move(aliases);
    b.AddOrganisation(o);
  };
  org("opcc", "Office of the Police and Crime Commissioner", {"OPCC"});
  org("asc", "Avon and Somerset Constabulary", {"Constabulary"});
  org("cps", "Crown Prosecution Service", {"CPS"});
  org("council", "Bristol City Council");
  org("lonely", "Organisation in no meeting");
  auto role = [&](const char* id, const char* name, const char* organisation) {
    Role r;
    r.id = id;
    r.name = name;
    r.organisation = organisation;
    b.AddRole(r);
  };
  role("pcc", "Police and Crime Commissioner", "opcc");
  role("indep-chair", "Independent safeguarding chair", "");
  role("acc", "Assistant Chief Constable", "asc");
  role("floating", "CJB Business manager", "");
  Person watson;
  watson.id = "watson";
  watson.name = "ACC Watson";
  watson.roles = {"acc"};
  b.AddPerson(watson);
  Person smith;
  smith.id = "smith";
  smith.name = "Jo Smith";
  smith.roles = {"indep-chair"};
  b.AddPerson(smith);

  Meeting lcjb;
  lcjb.id = "lcjb";
  lcjb.name = "Local Criminal Justice Board";
  lcjb.lead.organisations = {"opcc", "asc"};
  lcjb.chair = OrgParty("asc");
  lcjb.participants = {P(RoleParty("pcc")), P(OrgParty("opcc"), ParticipationType::kAttendee, 2),
                       P(OrgParty("cps"), ParticipationType::kAttendee),
                       P(OrgParty("cps"), ParticipationType::kStatutoryMember),
                       P(PersonParty("watson"))};
  lcjb.cadence = Cadence::Regular(6);
  b.AddMeeting(lcjb);

  Meeting safeguarding;
  safeguarding.id = "safeguarding";
  safeguarding.name = "Safeguarding chairs meeting";
  safeguarding.lead.organisations = {"opcc"};
  safeguarding.lead.supporting = {"council"};
  safeguarding.participants = {P(RoleParty("indep-chair"), ParticipationType::kChair),
                               P(OrgParty("asc"), ParticipationType::kObserver)};
  safeguarding.cadence = Cadence::Unknown("TBC");
  b.AddMeeting(safeguarding);

  Meeting old;
  old.id = "old";
  old.name = "Commissioning Meeting";
  old.status = MeetingStatus::kToBeRemoved;
  old.participants = {P(OrgParty("cps")), P(OrgParty("asc"))};
  old.cadence = Cadence::Regular(4);
  old.areas = {"north", "south"};
  old.per_area = true;
  b.AddMeeting(old);

  Initiative iom;
  iom.id = "iom";
  iom.name = "Integrated Offender Management";
  iom.lead.organisations = {"cps"};
  iom.participants = {P(OrgParty("council")), P(RoleParty("indep-chair"), ParticipationType::kSupport, 3)};
  b.AddInitiative(iom);

  absl::StatusOr<Register> reg = std::move(b).Build();
  EXPECT_TRUE(reg.ok()) << reg.status();
  return reg.ok() ? *std::move(reg) : Register();
}

constexpr PartnershipVertex kOpcc = 0, kAsc = 1, kCps = 2, kCouncil = 3, kLonely = 4;
constexpr PartnershipVertex kIndepChair = 5, kFloating = 6;
constexpr PartnershipVertex kLcjb = 7, kSafeguarding = 8, kOld = 9, kIom = 10;

class PartnershipGraphTest : public ::testing::Test {
 protected:
  PartnershipGraphTest() : reg_(MakeRegister()), g_(reg_) {}

  // The involvement on the edge between a hub and an actor; fails the test
  // when there is none.
  Involvement Edge(PartnershipVertex hub, PartnershipVertex actor) {
    auto [e, found] = boost::edge(hub, actor, g_.graph());
    EXPECT_TRUE(found) << g_.key(hub) << " -- " << g_.key(actor);
    if (!found) return Involvement();
    return g_.graph()[e];
  }
  bool HasEdge(PartnershipVertex a, PartnershipVertex b) { return boost::edge(a, b, g_.graph()).second; }

  std::set<std::string> Neighbours(PartnershipVertex v) {
    std::set<std::string> out;
    for (auto [it, end] = boost::adjacent_vertices(v, g_.graph()); it != end; ++it) out.insert(g_.key(*it));
    return out;
  }

  Register reg_;
  PartnershipGraph g_;
};

TEST_F(PartnershipGraphTest, Vertices) {
  const PartnershipAdjacency& graph = g_.graph();
  // 5 organisations + 2 roles with no organisation + 3 meetings + 1 initiative.
  EXPECT_EQ(boost::num_vertices(graph), 11u);
  EXPECT_EQ(g_.num_actors(), 7u);
  EXPECT_EQ(&g_.source(), &reg_);

  EXPECT_EQ(g_.vertex(OrganisationHandle(3)), kCouncil);
  EXPECT_EQ(g_.vertex(*reg_.FindRole("indep-chair")), std::optional<PartnershipVertex>(kIndepChair));
  EXPECT_EQ(g_.vertex(*reg_.FindRole("floating")), std::optional<PartnershipVertex>(kFloating));
  EXPECT_EQ(g_.vertex(*reg_.FindRole("pcc")), std::nullopt) << "a role in an organisation is not a vertex";
  EXPECT_EQ(g_.vertex(*reg_.FindRole("acc")), std::nullopt);
  EXPECT_EQ(g_.vertex(*reg_.FindMeeting("old")), kOld);
  EXPECT_EQ(g_.vertex(*reg_.FindInitiative("iom")), kIom);
  EXPECT_EQ(g_.vertex(Actor{VertexKind::kOrganisation, 2}), kCps);
  EXPECT_EQ(g_.vertex(Actor{VertexKind::kRole, 1}), kIndepChair);

  const std::vector<std::pair<VertexKind, uint32_t>> expected = {
      {VertexKind::kOrganisation, 0}, {VertexKind::kOrganisation, 1}, {VertexKind::kOrganisation, 2},
      {VertexKind::kOrganisation, 3}, {VertexKind::kOrganisation, 4}, {VertexKind::kRole, 1},
      {VertexKind::kRole, 3},         {VertexKind::kMeeting, 0},      {VertexKind::kMeeting, 1},
      {VertexKind::kMeeting, 2},      {VertexKind::kInitiative, 0}};
  for (PartnershipVertex v = 0; v < expected.size(); ++v) {
    EXPECT_EQ(g_.info(v).kind, expected[v].first) << v;
    EXPECT_EQ(g_.info(v).index, expected[v].second) << v;
    EXPECT_EQ(g_.is_actor(v), v < 7) << v;
  }
}

TEST_F(PartnershipGraphTest, KeysAndLabels) {
  EXPECT_EQ(g_.key(kOpcc), "organisation:opcc");
  EXPECT_EQ(g_.key(kIndepChair), "role:indep-chair");
  EXPECT_EQ(g_.key(kLcjb), "meeting:lcjb");
  EXPECT_EQ(g_.key(kIom), "initiative:iom");
  EXPECT_EQ(g_.label(kOpcc), "Office of the Police and Crime Commissioner");
  EXPECT_EQ(g_.label(kFloating), "CJB Business manager");
  EXPECT_EQ(g_.label(kSafeguarding), "Safeguarding chairs meeting");
  EXPECT_EQ(g_.label(kIom), "Integrated Offender Management");
  std::set<std::string> keys;
  for (PartnershipVertex v = 0; v < boost::num_vertices(g_.graph()); ++v) keys.insert(g_.key(v));
  EXPECT_EQ(keys.size(), boost::num_vertices(g_.graph())) << "keys are unique";
  EXPECT_EQ(Name(VertexKind::kOrganisation), "organisation");
  EXPECT_EQ(Name(VertexKind::kRole), "role");
  EXPECT_EQ(Name(VertexKind::kMeeting), "meeting");
  EXPECT_EQ(Name(VertexKind::kInitiative), "initiative");
}

TEST_F(PartnershipGraphTest, ActorOf) {
  auto resolved = [&](Party p) {
    if (!p.organisation.empty()) p.organisation.handle = *reg_.FindOrganisation(p.organisation.id);
    if (!p.role.empty()) p.role.handle = *reg_.FindRole(p.role.id);
    if (!p.person.empty()) p.person.handle = *reg_.FindPerson(p.person.id);
    return ActorOf(reg_, p);
  };
  EXPECT_EQ(resolved(OrgParty("cps")), (Actor{VertexKind::kOrganisation, 2}));
  EXPECT_EQ(resolved(RoleParty("pcc")), (Actor{VertexKind::kOrganisation, 0})) << "the PCC is the OPCC";
  EXPECT_EQ(resolved(PersonParty("watson")), (Actor{VertexKind::kOrganisation, 1}));
  EXPECT_EQ(resolved(RoleParty("indep-chair")), (Actor{VertexKind::kRole, 1}));
  EXPECT_EQ(resolved(PersonParty("smith")), (Actor{VertexKind::kRole, 1})) << "the person's role";
  EXPECT_EQ(ActorOf(reg_, Party()), std::nullopt);
}

TEST_F(PartnershipGraphTest, OneEdgePerMeetingAndActor) {
  // lcjb: the PCC and the OPCC are one actor, as are the ACC (via Watson),
  // the chair and the lead Constabulary; CPS is listed twice.
  EXPECT_EQ(boost::out_degree(kLcjb, g_.graph()), 3u);
  EXPECT_EQ(Neighbours(kLcjb),
            (std::set<std::string>{"organisation:opcc", "organisation:asc", "organisation:cps"}));
  EXPECT_EQ(boost::out_degree(kSafeguarding, g_.graph()), 4u);
  EXPECT_EQ(Neighbours(kSafeguarding), (std::set<std::string>{"organisation:opcc", "organisation:asc",
                                                              "organisation:council", "role:indep-chair"}));
  EXPECT_EQ(boost::out_degree(kOld, g_.graph()), 2u);
  EXPECT_EQ(boost::out_degree(kIom, g_.graph()), 3u);
  EXPECT_EQ(Neighbours(kIom),
            (std::set<std::string>{"organisation:cps", "organisation:council", "role:indep-chair"}));
  EXPECT_EQ(boost::num_edges(g_.graph()), 12u);
  // Only hubs and actors meet.
  for (auto [e, end] = boost::edges(g_.graph()); e != end; ++e) {
    const PartnershipVertex s = boost::source(*e, g_.graph()), t = boost::target(*e, g_.graph());
    EXPECT_NE(g_.is_actor(s), g_.is_actor(t)) << g_.key(s) << " -- " << g_.key(t);
  }
  EXPECT_EQ(boost::out_degree(kLonely, g_.graph()), 0u);
  EXPECT_EQ(boost::out_degree(kFloating, g_.graph()), 0u);
}

TEST_F(PartnershipGraphTest, MergedInvolvement) {
  // The PCC (member, 1 seat) and the OPCC (attendee, 2 seats), leading.
  Involvement opcc = Edge(kLcjb, kOpcc);
  EXPECT_TRUE(opcc.participates);
  EXPECT_TRUE(opcc.leads);
  EXPECT_FALSE(opcc.supports);
  EXPECT_FALSE(opcc.chairs);
  EXPECT_EQ(opcc.seats, 3);
  EXPECT_EQ(opcc.strongest, ParticipationType::kMember) << "member is stronger than attendee";

  // CPS: attendee then statutory member.
  Involvement cps = Edge(kLcjb, kCps);
  EXPECT_TRUE(cps.participates);
  EXPECT_FALSE(cps.leads);
  EXPECT_EQ(cps.seats, 2);
  EXPECT_EQ(cps.strongest, ParticipationType::kStatutoryMember);

  // The Constabulary: via ACC Watson, leading and chairing.
  Involvement asc = Edge(kLcjb, kAsc);
  EXPECT_TRUE(asc.participates);
  EXPECT_TRUE(asc.leads);
  EXPECT_TRUE(asc.chairs) << "the meeting's chair";
  EXPECT_EQ(asc.seats, 1);
  EXPECT_EQ(asc.strongest, ParticipationType::kMember);
}

TEST_F(PartnershipGraphTest, LeadOnlyAndSupportOnlyEdges) {
  Involvement opcc = Edge(kSafeguarding, kOpcc);
  EXPECT_FALSE(opcc.participates);
  EXPECT_TRUE(opcc.leads);
  EXPECT_FALSE(opcc.chairs);
  EXPECT_EQ(opcc.seats, 0);

  Involvement council = Edge(kSafeguarding, kCouncil);
  EXPECT_FALSE(council.participates);
  EXPECT_FALSE(council.leads);
  EXPECT_TRUE(council.supports);
  EXPECT_EQ(council.seats, 0);

  Involvement chair = Edge(kSafeguarding, kIndepChair);
  EXPECT_TRUE(chair.participates);
  EXPECT_TRUE(chair.chairs) << "a participant of type chair";
  EXPECT_EQ(chair.strongest, ParticipationType::kChair);

  Involvement asc = Edge(kSafeguarding, kAsc);
  EXPECT_EQ(asc.strongest, ParticipationType::kObserver);
  EXPECT_FALSE(asc.chairs);

  Involvement lead = Edge(kIom, kCps);
  EXPECT_TRUE(lead.leads);
  EXPECT_FALSE(lead.participates);
  Involvement support = Edge(kIom, kIndepChair);
  EXPECT_TRUE(support.participates);
  EXPECT_EQ(support.strongest, ParticipationType::kSupport);
  EXPECT_EQ(support.seats, 3);
}

TEST_F(PartnershipGraphTest, StrongestFollowsTheDocumentedOrder) {
  // chair > statutory member > member > attendee > support > observer: each
  // pair of types, in either order, gives the stronger.
  const std::vector<ParticipationType> order = {
      ParticipationType::kChair,    ParticipationType::kStatutoryMember, ParticipationType::kMember,
      ParticipationType::kAttendee, ParticipationType::kSupport,         ParticipationType::kObserver};
  for (size_t a = 0; a < order.size(); ++a) {
    for (size_t b = 0; b < order.size(); ++b) {
      RegisterBuilder builder;
      Organisation o;
      o.id = "o";
      o.name = "O";
      builder.AddOrganisation(o);
      Meeting m;
      m.id = "m";
      m.name = "M";
      m.participants = {P(OrgParty("o"), order[a], 2), P(OrgParty("o"), order[b], 0)};
      builder.AddMeeting(m);
      absl::StatusOr<Register> reg = std::move(builder).Build();
      ASSERT_TRUE(reg.ok());
      PartnershipGraph g(*reg);
      ASSERT_EQ(boost::num_edges(g.graph()), 1u);
      const Involvement& inv = g.graph()[*boost::edges(g.graph()).first];
      EXPECT_EQ(inv.strongest, order[std::min(a, b)]) << Name(order[a]) << " + " << Name(order[b]);
      EXPECT_EQ(inv.seats, 2);
      EXPECT_EQ(inv.chairs, a == 0 || b == 0);
    }
  }
}

TEST_F(PartnershipGraphTest, ConnectedComponents) {
  std::vector<Component> parts = ConnectedComponents(g_);
  ASSERT_EQ(parts.size(), 3u);
  // Largest first.
  EXPECT_EQ(parts[0].size(), 9u);
  EXPECT_EQ(parts[0].organisations,
            (std::vector<OrganisationHandle>{OrganisationHandle(0), OrganisationHandle(1), OrganisationHandle(2),
                                             OrganisationHandle(3)}));
  EXPECT_EQ(parts[0].roles, (std::vector<RoleHandle>{RoleHandle(1)}));
  EXPECT_EQ(parts[0].meetings, (std::vector<MeetingHandle>{MeetingHandle(0), MeetingHandle(1), MeetingHandle(2)}));
  EXPECT_EQ(parts[0].initiatives, (std::vector<InitiativeHandle>{InitiativeHandle(0)}));
  // The organisation in no meeting is a component of its own; ties in size
  // keep vertex order, so it comes before the lone role.
  EXPECT_EQ(parts[1].size(), 1u);
  EXPECT_EQ(parts[1].organisations, (std::vector<OrganisationHandle>{OrganisationHandle(4)}));
  EXPECT_THAT(parts[1].roles, IsEmpty());
  EXPECT_EQ(parts[2].size(), 1u);
  EXPECT_EQ(parts[2].roles, (std::vector<RoleHandle>{RoleHandle(3)}));
}

TEST(ConnectedComponentsTest, SplitsDisconnectedMeetings) {
  RegisterBuilder b;
  for (const char* id : {"a", "b", "c", "d", "e"}) {
    Organisation o;
    o.id = id;
    o.name = id;
    b.AddOrganisation(o);
  }
  auto meeting = [&](const char* id, std::vector<const char*> orgs) {
    Meeting m;
    m.id = id;
    m.name = id;
    for (const char* o : orgs) m.participants.push_back(P(OrgParty(o)));
    b.AddMeeting(m);
  };
  meeting("small", {"a", "b"});
  meeting("big", {"c", "d", "e"});
  meeting("empty", {});
  absl::StatusOr<Register> reg = std::move(b).Build();
  ASSERT_TRUE(reg.ok());
  PartnershipGraph g(*reg);
  std::vector<Component> parts = ConnectedComponents(g);
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0].meetings, (std::vector<MeetingHandle>{MeetingHandle(1)}));
  EXPECT_EQ(parts[0].size(), 4u);
  EXPECT_EQ(parts[1].meetings, (std::vector<MeetingHandle>{MeetingHandle(0)}));
  EXPECT_EQ(parts[1].size(), 3u);
  EXPECT_EQ(parts[2].meetings, (std::vector<MeetingHandle>{MeetingHandle(2)}));
  EXPECT_THAT(parts[2].organisations, IsEmpty());

  // An empty register has no components.
  Register none;
  EXPECT_THAT(ConnectedComponents(PartnershipGraph(none)), IsEmpty());
}

// The weight of the tie between two actors, or nullopt when there is none.
std::optional<CoAttendance> Tie(const CoAttendanceGraph& co, PartnershipVertex a, PartnershipVertex b) {
  auto [e, found] = boost::edge(a, b, co);
  if (!found) return std::nullopt;
  return co[e];
}

TEST_F(PartnershipGraphTest, CoAttendanceDefaults) {
  CoAttendanceGraph co = ProjectCoAttendance(g_);
  // Every actor is a vertex, in the same order.
  ASSERT_EQ(boost::num_vertices(co), 7u);
  for (PartnershipVertex v = 0; v < 7; ++v) {
    EXPECT_EQ(co[v], (Actor{g_.info(v).kind, g_.info(v).index})) << v;
  }
  // lcjb: {opcc, asc, cps}; safeguarding: {opcc, asc, council, indep-chair};
  // old: {cps, asc}.
  EXPECT_EQ(boost::num_edges(co), 8u);

  std::optional<CoAttendance> opcc_asc = Tie(co, kOpcc, kAsc);
  ASSERT_TRUE(opcc_asc);
  EXPECT_EQ(opcc_asc->shared, 2);
  EXPECT_EQ(opcc_asc->sittings_per_year, 6.0);
  EXPECT_EQ(opcc_asc->unknown_cadence, 1);
  EXPECT_THAT(opcc_asc->meetings, ElementsAre(MeetingHandle(0), MeetingHandle(1)));
  EXPECT_THAT(opcc_asc->initiatives, IsEmpty());

  std::optional<CoAttendance> asc_cps = Tie(co, kAsc, kCps);
  ASSERT_TRUE(asc_cps);
  EXPECT_EQ(asc_cps->shared, 2);
  EXPECT_EQ(asc_cps->sittings_per_year, 6.0 + 8.0) << "old meets 4 a year in each of 2 areas";
  EXPECT_EQ(asc_cps->unknown_cadence, 0);
  EXPECT_THAT(asc_cps->meetings, ElementsAre(MeetingHandle(0), MeetingHandle(2)));

  std::optional<CoAttendance> opcc_cps = Tie(co, kOpcc, kCps);
  ASSERT_TRUE(opcc_cps);
  EXPECT_EQ(opcc_cps->shared, 1);
  EXPECT_EQ(opcc_cps->sittings_per_year, 6.0);

  std::optional<CoAttendance> council_chair = Tie(co, kCouncil, kIndepChair);
  ASSERT_TRUE(council_chair);
  EXPECT_EQ(council_chair->shared, 1);
  EXPECT_EQ(council_chair->sittings_per_year, 0.0);
  EXPECT_EQ(council_chair->unknown_cadence, 1);

  // The edge is undirected: either order finds it.
  EXPECT_TRUE(Tie(co, kIndepChair, kCouncil));
  EXPECT_FALSE(Tie(co, kCps, kCouncil)) << "they share only the initiative";
  EXPECT_EQ(boost::out_degree(kLonely, co), 0u);
  EXPECT_EQ(boost::out_degree(kFloating, co), 0u);
}

TEST_F(PartnershipGraphTest, CoAttendanceWithoutLeads) {
  CoAttendanceGraph co = ProjectCoAttendance(g_, {.include_leads = false});
  // safeguarding now counts only asc and the independent chair.
  EXPECT_EQ(boost::num_edges(co), 4u);
  std::optional<CoAttendance> opcc_asc = Tie(co, kOpcc, kAsc);
  ASSERT_TRUE(opcc_asc);
  EXPECT_EQ(opcc_asc->shared, 1);
  EXPECT_EQ(opcc_asc->unknown_cadence, 0);
  EXPECT_THAT(opcc_asc->meetings, ElementsAre(MeetingHandle(0)));
  EXPECT_FALSE(Tie(co, kOpcc, kIndepChair));
  EXPECT_FALSE(Tie(co, kCouncil, kIndepChair));
  EXPECT_TRUE(Tie(co, kAsc, kIndepChair));
  EXPECT_TRUE(Tie(co, kAsc, kCps));

  // A chair who is not listed as a participant still counts.
  RegisterBuilder b(reg_);
  b.meetings()[0].chair = OrgParty("council");
  absl::StatusOr<Register> reg = std::move(b).Build();
  ASSERT_TRUE(reg.ok());
  PartnershipGraph g(*reg);
  Involvement council = g.graph()[boost::edge(kLcjb, kCouncil, g.graph()).first];
  EXPECT_TRUE(council.chairs);
  EXPECT_FALSE(council.participates);
  CoAttendanceGraph chaired = ProjectCoAttendance(g, {.include_leads = false});
  EXPECT_TRUE(Tie(chaired, kCouncil, kCps));
  EXPECT_FALSE(Tie(co, kCouncil, kCps));
}

TEST_F(PartnershipGraphTest, CoAttendanceExcludingMeetingsToBeRemoved) {
  CoAttendanceGraph co = ProjectCoAttendance(g_, {.exclude_to_be_removed = true});
  std::optional<CoAttendance> asc_cps = Tie(co, kAsc, kCps);
  ASSERT_TRUE(asc_cps);
  EXPECT_EQ(asc_cps->shared, 1);
  EXPECT_EQ(asc_cps->sittings_per_year, 6.0);
  EXPECT_THAT(asc_cps->meetings, ElementsAre(MeetingHandle(0)));
  EXPECT_EQ(boost::num_edges(co), 8u) << "lcjb still joins them";

  // A pair that met only in the removed meeting loses its tie.
  RegisterBuilder b(reg_);
  b.meetings()[2].participants.push_back(P(OrgParty("lonely")));
  absl::StatusOr<Register> reg = std::move(b).Build();
  ASSERT_TRUE(reg.ok());
  PartnershipGraph g(*reg);
  EXPECT_TRUE(Tie(ProjectCoAttendance(g), kCps, kLonely));
  EXPECT_FALSE(Tie(ProjectCoAttendance(g, {.exclude_to_be_removed = true}), kCps, kLonely));
}

TEST_F(PartnershipGraphTest, CoAttendanceIncludingInitiatives) {
  CoAttendanceGraph co = ProjectCoAttendance(g_, {.include_initiatives = true});
  // iom adds {cps, council, indep-chair}.
  EXPECT_EQ(boost::num_edges(co), 10u);
  std::optional<CoAttendance> cps_council = Tie(co, kCps, kCouncil);
  ASSERT_TRUE(cps_council);
  EXPECT_EQ(cps_council->shared, 1);
  EXPECT_THAT(cps_council->meetings, IsEmpty());
  EXPECT_THAT(cps_council->initiatives, ElementsAre(InitiativeHandle(0)));
  EXPECT_EQ(cps_council->sittings_per_year, 0.0);
  EXPECT_EQ(cps_council->unknown_cadence, 0) << "initiatives have no cadence";

  std::optional<CoAttendance> council_chair = Tie(co, kCouncil, kIndepChair);
  ASSERT_TRUE(council_chair);
  EXPECT_EQ(council_chair->shared, 2);
  EXPECT_THAT(council_chair->meetings, ElementsAre(MeetingHandle(1)));
  EXPECT_THAT(council_chair->initiatives, ElementsAre(InitiativeHandle(0)));
  EXPECT_EQ(council_chair->unknown_cadence, 1);

  // Without leads, the initiative's lead drops out.
  CoAttendanceGraph no_leads = ProjectCoAttendance(g_, {.include_initiatives = true, .include_leads = false});
  EXPECT_FALSE(Tie(no_leads, kCps, kCouncil));
  EXPECT_TRUE(Tie(no_leads, kCouncil, kIndepChair));
}

}  // namespace
}  // namespace govgraph
