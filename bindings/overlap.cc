// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/overlap/*.h.
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/types/span.h"
#include "govgraph/overlap/overlap.h"

#include <pybind11/numpy.h>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis_common.h"
#include "common.h"
#include "progress.h"
#include "govgraph/overlap/clusters.h"
#include "govgraph/overlap/containment.h"

namespace govgraph::python {
namespace {

// Sets the numbers a dict gives by name ({"participants": 2.0}), refusing a
// name that is none of `fields`: 'weights: unknown signal "people"; expected
// participants, topics, ...'.
void SetNumbers(const py::dict& given, std::string_view option, std::string_view noun,
                std::initializer_list<std::pair<std::string_view, double*>> fields) {
  for (const auto& [key, value] : given) {
    const std::string k = py::str(key);
    const auto field = std::find_if(fields.begin(), fields.end(), [&k](const auto& f) { return f.first == k; });
    if (field == fields.end()) {
      std::vector<std::string> names;
      for (const auto& f : fields) names.emplace_back(f.first);
      RaiseStatus(absl::InvalidArgumentError(absl::StrCat(std::string(option), ": unknown ", std::string(noun), " \"",
                                                          k, "\"; expected ", absl::StrJoin(names, ", "))));
    }
    *field->second = value.cast<double>();
  }
}

OverlapOptions MakeOptions(std::optional<double> min_score, const py::dict& weights, const py::dict& involvement,
                           bool include_roles, bool include_leads, bool include_initiatives,
                           bool exclude_to_be_removed, double tag_share, int max_terms_explained,
                           bool explain = true, int threads = 0, bool participant_specificity = true,
                           double participant_prior = OverlapOptions().participant_prior,
                           double min_shared_specificity = OverlapOptions().min_shared_specificity,
                           double min_topic_evidence = OverlapOptions().min_topic_evidence,
                           std::optional<int> top_k = std::nullopt) {
  OverlapOptions o;
  o.min_score = min_score;
  SetNumbers(weights, "weights", "signal",
             {{"participants", &o.weights.participants},
              {"topics", &o.weights.topics},
              {"areas", &o.weights.areas},
              {"level", &o.weights.level},
              {"cadence", &o.weights.cadence}});
  SetNumbers(involvement, "involvement", "kind",
             {{"chair", &o.involvement.chair},
              {"lead", &o.involvement.lead},
              {"statutory_member", &o.involvement.statutory_member},
              {"member", &o.involvement.member},
              {"attendee", &o.involvement.attendee},
              {"support", &o.involvement.support},
              {"observer", &o.involvement.observer}});
  o.include_roles = include_roles;
  o.include_leads = include_leads;
  o.include_initiatives = include_initiatives;
  o.exclude_to_be_removed = exclude_to_be_removed;
  o.tag_share = tag_share;
  o.max_terms_explained = max_terms_explained;
  o.explain = explain;
  o.threads = threads;
  o.participant_specificity = participant_specificity;
  o.participant_prior = participant_prior;
  o.min_shared_specificity = min_shared_specificity;
  o.min_topic_evidence = min_topic_evidence;
  o.top_k = top_k;
  return o;
}

// Above this many pairs a result costs more than most notebooks can hold as
// Python objects: find_overlaps warns and says how to narrow it.
constexpr size_t kManyPairs = 1'000'000;

// Pairs as the columns of to_pandas(), a column at a time: the strings made
// in C++ and handed over as lists, the numbers as arrays, never an object per
// pair.
py::dict OverlapColumns(const Register& reg, absl::Span<const Overlap> pairs) {
  const size_t n = pairs.size();
  std::vector<std::string> a_id(n), a_name(n), b_id(n), b_name(n), participants(n), terms(n), areas(n);
  py::array_t<double> score(static_cast<py::ssize_t>(n)), signal[5] = {
      py::array_t<double>(static_cast<py::ssize_t>(n)), py::array_t<double>(static_cast<py::ssize_t>(n)),
      py::array_t<double>(static_cast<py::ssize_t>(n)), py::array_t<double>(static_cast<py::ssize_t>(n)),
      py::array_t<double>(static_cast<py::ssize_t>(n))};
  {
    auto s = score.mutable_unchecked<1>();
    auto p = signal[0].mutable_unchecked<1>(), t = signal[1].mutable_unchecked<1>(),
         ar = signal[2].mutable_unchecked<1>(), l = signal[3].mutable_unchecked<1>(),
         c = signal[4].mutable_unchecked<1>();
    py::gil_scoped_release release;
    for (size_t i = 0; i < n; ++i) {
      const Overlap& o = pairs[i];
      const auto k = static_cast<py::ssize_t>(i);
      a_id[i] = ItemId(reg, o.a);
      a_name[i] = ItemName(reg, o.a);
      b_id[i] = ItemId(reg, o.b);
      b_name[i] = ItemName(reg, o.b);
      s(k) = o.score;
      p(k) = o.signals.participants;
      t(k) = o.signals.topics;
      ar(k) = o.signals.areas;
      l(k) = o.signals.level;
      c(k) = o.signals.cadence;
      participants[i] = absl::StrJoin(o.shared_participants, "; ",
                                      [](std::string* out, const SharedParticipant& sp) { out->append(sp.label); });
      terms[i] = absl::StrJoin(o.shared_terms, "; ", [](std::string* out, const SharedTerm& st) {
        absl::StrAppend(out, st.term, " (", absl::StrFormat("%.3f", st.contribution), ")");
      });
      areas[i] = absl::StrJoin(o.shared_areas, "; ",
                               [&reg](std::string* out, AreaHandle h) { out->append(reg.area(h).name); });
    }
  }
  py::dict out;
  out["a_id"] = py::cast(a_id);
  out["a_name"] = py::cast(a_name);
  out["b_id"] = py::cast(b_id);
  out["b_name"] = py::cast(b_name);
  out["score"] = score;
  out["participants"] = signal[0];
  out["topics"] = signal[1];
  out["areas"] = signal[2];
  out["level"] = signal[3];
  out["cadence"] = signal[4];
  out["shared_participants"] = py::cast(participants);
  out["shared_terms"] = py::cast(terms);
  out["shared_areas"] = py::cast(areas);
  return out;
}

}  // namespace

void InitOverlap(py::module_& m) {
  py::class_<Item>(m, "Item", "A meeting or an initiative, by handle.")
      .def_property_readonly("kind",
                             [](const Item& i) { return i.kind == Item::Kind::kMeeting ? "meeting" : "initiative"; })
      .def_property_readonly("index", CopyOut(&Item::index))
      .def(
          "__eq__",
          [](const Item& a, const py::object& b) { return py::isinstance<Item>(b) && a == b.cast<const Item&>(); },
          py::arg("other"), py::is_operator())
      .def("__hash__",
           [](const Item& i) {
             return std::hash<uint64_t>()((uint64_t{i.kind == Item::Kind::kMeeting} << 32) | i.index);
           })
      .def("__repr__", [](const Item& i) {
        return std::string("Item(") + (i.kind == Item::Kind::kMeeting ? "meeting" : "initiative") + ", " +
               std::to_string(i.index) + ")";
      });
  m.def("item_id", &ItemId, py::arg("register"), py::arg("item"), "The id of a meeting or initiative item.\n\n>>> pair = govgraph.find_overlaps(reg).pairs[0]\n>>> govgraph.item_id(reg, pair.a)\n'local-safeguarding-children-boards'");
  m.def("item_name", &ItemName, py::arg("register"), py::arg("item"), "The name of a meeting or initiative item.\n\n>>> pair = govgraph.find_overlaps(reg).pairs[0]\n>>> govgraph.item_name(reg, pair.a)\n'Local Safeguarding Children Boards'");

  py::class_<SignalScores>(m, "SignalScores", "The per-signal similarities of a pair, each in [0, 1].")
      .def_property_readonly("participants", CopyOut(&SignalScores::participants))
      .def_property_readonly("topics", CopyOut(&SignalScores::topics))
      .def_property_readonly("areas", CopyOut(&SignalScores::areas))
      .def_property_readonly("level", CopyOut(&SignalScores::level))
      .def_property_readonly("cadence", CopyOut(&SignalScores::cadence));
  py::class_<SharedParticipant>(m, "SharedParticipant",
                                "A participant two items share: ``key`` (\"organisation:cps\" or \"role:pcc\"), its "
                                "name, and its weight in each item.")
      .def_property_readonly("key", CopyOut(&SharedParticipant::key))
      .def_property_readonly("label", CopyOut(&SharedParticipant::label))
      .def_property_readonly("weight_a", CopyOut(&SharedParticipant::weight_a))
      .def_property_readonly("weight_b", CopyOut(&SharedParticipant::weight_b));
  py::class_<SharedTerm>(m, "SharedTerm", "A topic term two items share, with its contribution to their topic cosine.")
      .def_property_readonly("term", CopyOut(&SharedTerm::term), "A stem, or '#topic-id' for a tag.")
      .def_property_readonly("contribution", CopyOut(&SharedTerm::contribution), "Its part of the topic cosine.");
  py::class_<Overlap>(m, "Overlap", "One overlapping pair with its explanation.")
      .def_property_readonly("a", CopyOut(&Overlap::a))
      .def_property_readonly("b", CopyOut(&Overlap::b))
      .def_property_readonly("score", CopyOut(&Overlap::score))
      .def_property_readonly("signals", CopyOut(&Overlap::signals))
      .def_property_readonly("shared_participants", CopyOut(&Overlap::shared_participants))
      .def_property_readonly("shared_terms", CopyOut(&Overlap::shared_terms))
      .def_property_readonly("shared_areas", CopyOut(&Overlap::shared_areas));
  py::class_<OverlapStats>(m, "OverlapStats", "What the search did.")
      .def_property_readonly("items", CopyOut(&OverlapStats::items))
      .def_property_readonly("threshold", CopyOut(&OverlapStats::threshold))
      .def_property_readonly("indexed_features", CopyOut(&OverlapStats::indexed_features))
      .def_property_readonly("postings_scanned", CopyOut(&OverlapStats::postings_scanned))
      .def_property_readonly("candidates", CopyOut(&OverlapStats::candidates))
      .def_property_readonly("pairs_scored", CopyOut(&OverlapStats::pairs_scored));
  py::class_<OverlapRule>(m, "OverlapRule", "How the pairs reported were chosen: min_score, top_k (0: every pair) "
                                          "and whether each was chosen from the register's size.")
      .def_property_readonly("min_score", CopyOut(&OverlapRule::min_score))
      .def_property_readonly("top_k", CopyOut(&OverlapRule::top_k))
      .def_property_readonly("automatic", CopyOut(&OverlapRule::automatic), "top_k was chosen from the register's size.")
      .def_property_readonly("automatic_min_score", CopyOut(&OverlapRule::automatic_min_score),
                             "min_score was chosen from the register's size.")
      .def("describe", &OverlapRule::Describe,
           "The rule in words.\n\n>>> govgraph.find_overlaps(reg).rule.describe()\n"
           "'every pair scoring at least 0.3'")
      .def("__str__", &OverlapRule::Describe)
      .def("__repr__", [](const OverlapRule& r) { return "<OverlapRule: " + r.Describe() + ">"; });
  auto result_class = py::class_<OverlapResult>(m, "OverlapResult", py::dynamic_attr(),
                                                "Overlapping pairs, highest score first.");
  result_class
      .def_property_readonly("pairs", CopyOut(&OverlapResult::pairs))
      .def_property_readonly("stats", CopyOut(&OverlapResult::stats))
      .def_property_readonly("rule", CopyOut(&OverlapResult::rule), "How the pairs were chosen (OverlapRule).")
      .def("__len__", [](const OverlapResult& r) { return r.pairs.size(); })
      .def(
          "arrays",
          [](const OverlapResult& r) {
            const auto n = static_cast<py::ssize_t>(r.pairs.size());
            py::array_t<uint32_t> a(n), b(n);
            py::array_t<bool> a_initiative(n), b_initiative(n);
            py::array_t<double> score(n), participants(n), topics(n), areas(n), level(n), cadence(n);
            for (py::ssize_t i = 0; i < n; ++i) {
              const Overlap& o = r.pairs[static_cast<size_t>(i)];
              a.mutable_at(i) = o.a.index;
              b.mutable_at(i) = o.b.index;
              a_initiative.mutable_at(i) = o.a.kind == Item::Kind::kInitiative;
              b_initiative.mutable_at(i) = o.b.kind == Item::Kind::kInitiative;
              score.mutable_at(i) = o.score;
              participants.mutable_at(i) = o.signals.participants;
              topics.mutable_at(i) = o.signals.topics;
              areas.mutable_at(i) = o.signals.areas;
              level.mutable_at(i) = o.signals.level;
              cadence.mutable_at(i) = o.signals.cadence;
            }
            py::dict out;
            out["a"] = a;
            out["b"] = b;
            out["a_is_initiative"] = a_initiative;
            out["b_is_initiative"] = b_initiative;
            out["score"] = score;
            out["participants"] = participants;
            out["topics"] = topics;
            out["areas"] = areas;
            out["level"] = level;
            out["cadence"] = cadence;
            return out;
          },
          R"pbdoc(
The pairs as NumPy arrays, without building a Python object per pair: ``a`` and
``b`` (meeting or initiative indices), ``a_is_initiative``, ``b_is_initiative``,
``score`` and one array per signal. For results with millions of pairs.

Example::

    arrays = govgraph.find_overlaps(reg, min_score=0.6, explain=False).arrays()
    arrays["a"][:5], arrays["score"][:5]
)pbdoc");

  result_class.def(
      "columns",
      [](py::object self, py::ssize_t start, std::optional<py::ssize_t> stop) {
        const std::vector<Overlap>& pairs = self.cast<const OverlapResult&>().pairs;
        // Python's slice rules: negative counts from the end, out of range clips.
        py::ssize_t first = 0, last = 0, step = 0, length = 0;
        py::slice(py::int_(start), stop ? py::object(py::int_(*stop)) : py::object(py::none()), py::none())
            .compute(pairs.size(), &first, &last, &step, &length);
        return OverlapColumns(self.attr("register").cast<const Register&>(),
                              absl::MakeConstSpan(pairs).subspan(static_cast<size_t>(first), static_cast<size_t>(length)));
      },
      py::arg("start") = 0, py::arg("stop") = std::nullopt,
      R"pbdoc(
The pairs as columns, what ``to_pandas()`` holds: ``a_id``, ``a_name``,
``b_id``, ``b_name``, ``shared_participants``, ``shared_terms`` and
``shared_areas`` as lists of strings, ``score`` and one NumPy array per
signal. Made without an object per pair: for results with many pairs.
``start`` and ``stop`` take a slice of the pairs (strongest first), as
``pairs[start:stop]`` would, so a large result can be read a chunk at a time
(``govgraph.iter_overlaps``).

>>> cols = govgraph.find_overlaps(reg).columns()
>>> cols["a_name"][0], float(cols["score"][0])
>>> top = govgraph.find_overlaps(reg).columns(0, 10)
)pbdoc");
  // For lists of pairs that are not an OverlapResult (a merge's cross-register overlaps).
  m.def(
      "_overlap_columns",
      [](const Register& reg, const std::vector<Overlap>& pairs) { return OverlapColumns(reg, pairs); },
      py::arg("register"), py::arg("pairs"));

  auto find = [](bool naive) {
    return [naive](py::object reg_obj, std::optional<double> min_score, const py::dict& weights, const py::dict& involvement,
                   bool include_roles, bool include_leads, bool include_initiatives, bool exclude_to_be_removed,
                   double tag_share, int max_terms_explained, bool explain, int threads,
                   bool participant_specificity, double participant_prior, double min_shared_specificity,
                   double min_topic_evidence, std::optional<int> top_k, const py::object& progress) {
      const Register& reg = reg_obj.cast<const Register&>();
      OverlapOptions o = MakeOptions(min_score, weights, involvement, include_roles, include_leads,
                                     include_initiatives, exclude_to_be_removed, tag_share, max_terms_explained,
                                     explain, threads, participant_specificity, participant_prior,
                                     min_shared_specificity, min_topic_evidence, top_k);
      const py::object bar = ProgressBar(progress);
      o.progress = ToProgressCallback(bar);
      absl::StatusOr<OverlapResult> r;
      {
        py::gil_scoped_release release;
        r = naive ? FindOverlapsNaive(reg, o) : FindOverlaps(reg, o);
      }
      OverlapResult result = ValueOrThrow(std::move(r));
      if (result.pairs.size() > kManyPairs) {
        const std::string message = absl::StrCat(
            "find_overlaps: ", result.pairs.size(), " pairs among ", result.stats.items, " items (",
            result.rule.Describe(), "); give a higher min_score, or a smaller top_k, or use .arrays() "
            "rather than .to_pandas()");
        if (PyErr_WarnEx(PyExc_UserWarning, message.c_str(), 1) != 0) throw py::error_already_set();
      }
      return WithRegister(std::move(result), reg_obj);
    };
  };
  const OverlapOptions d;
  m.def(
      "find_overlaps", find(false), py::arg("register"), py::kw_only(), py::arg("min_score") = d.min_score,
      py::arg("weights") = py::dict(), py::arg("involvement") = py::dict(), py::arg("include_roles") = d.include_roles,
      py::arg("include_leads") = d.include_leads, py::arg("include_initiatives") = d.include_initiatives,
      py::arg("exclude_to_be_removed") = d.exclude_to_be_removed, py::arg("tag_share") = d.tag_share,
      py::arg("max_terms_explained") = d.max_terms_explained, py::arg("explain") = d.explain,
      py::arg("threads") = d.threads, py::arg("participant_specificity") = d.participant_specificity,
      py::arg("participant_prior") = d.participant_prior, py::arg("min_shared_specificity") = d.min_shared_specificity,
      py::arg("min_topic_evidence") = d.min_topic_evidence, py::arg("top_k") = d.top_k,
      py::arg("progress") = py::none(), R"pbdoc(
Pairs of meetings that overlap, with per-signal scores and explanations.

Signals: participants (weighted Jaccard; chair and lead weigh more, bodies in
most meetings less with ``participant_specificity``; ``participant_prior`` is
added to the union so a little shared evidence cannot score high), topics
(TF-IDF cosine of tags and stemmed purpose/focus text), areas, level, cadence.
A pair is reported only if it shares a participant at least
``min_shared_specificity`` specific or has a topic signal of at least
``min_topic_evidence`` (the evidence floor; both 0 to turn it off).
``weights`` overrides some of the signal weights (they must sum to 1; defaults
participants 0.45, topics 0.35, areas 0.1, level 0.05, cadence 0.05).
``min_score`` is the least score reported; left as None it is chosen from the
register's size: 0.3 (related meetings) for a register of up to 1,000
meetings and initiatives compared, 0.5 (near-duplicates) beyond.
``top_k`` keeps a pair only if it is among the ``top_k`` highest-scoring pairs
of one of its two meetings (0: every pair), which bounds the result by the
register's size. Left as None it is chosen from that size too: every pair up
to 1,000 items, each one's 10 best beyond. ``result.rule`` states the rule that
applied. ``explain=False`` leaves out the shared participants, terms
and areas (faster for millions of pairs; see ``OverlapResult.arrays()``);
``threads`` sets the workers (0: one a core; at most 256). ``progress``
draws a bar on standard error as the search goes (None, the default: when
standard error is a terminal and the search takes more than half a second). Above a million
pairs a ``UserWarning`` says how to narrow the result.

:raises InvalidInputError: for bad options, naming the field.

Example::

    result = govgraph.find_overlaps(reg, min_score=0.4)
    result.to_pandas()            # one row per pair, both names in the row
)pbdoc");
  m.def("find_overlaps_naive", find(true), py::arg("register"), py::kw_only(), py::arg("min_score") = d.min_score,
        py::arg("weights") = py::dict(), py::arg("involvement") = py::dict(), py::arg("include_roles") = d.include_roles,
        py::arg("include_leads") = d.include_leads, py::arg("include_initiatives") = d.include_initiatives,
        py::arg("exclude_to_be_removed") = d.exclude_to_be_removed, py::arg("tag_share") = d.tag_share,
        py::arg("max_terms_explained") = d.max_terms_explained, py::arg("explain") = d.explain,
        py::arg("threads") = d.threads, py::arg("participant_specificity") = d.participant_specificity,
        py::arg("participant_prior") = d.participant_prior, py::arg("min_shared_specificity") = d.min_shared_specificity,
        py::arg("min_topic_evidence") = d.min_topic_evidence, py::arg("top_k") = d.top_k,
      py::arg("progress") = py::none(),
        "find_overlaps() by scoring every pair: the reference, for checking and benchmarks.\n\n>>> len(govgraph.find_overlaps_naive(reg).pairs) == len(govgraph.find_overlaps(reg).pairs)\nTrue");

  py::class_<Containment>(m, "Containment", "A meeting consumed by others, with what they cover.")
      .def_property_readonly("consumed", CopyOut(&Containment::consumed))
      .def_property_readonly("covering", CopyOut(&Containment::covering))
      .def_property_readonly("participant_coverage", CopyOut(&Containment::participant_coverage))
      .def_property_readonly("topic_coverage", CopyOut(&Containment::topic_coverage))
      .def_property_readonly("covered_participants", CopyOut(&Containment::covered_participants))
      .def_property_readonly("uncovered_participants", CopyOut(&Containment::uncovered_participants))
      .def_property_readonly("covered_terms", CopyOut(&Containment::covered_terms))
      .def_property_readonly("uncovered_terms", CopyOut(&Containment::uncovered_terms));
  const ContainmentOptions c;
  // Wrapped by govgraph.find_consumed (python/govgraph/overlap.py), which adds
  // the register and .to_pandas().
  m.def(
      "_find_consumed",
      [](py::object reg_obj, double min_participant_coverage, double min_topic_coverage, int max_covering,
         bool covering_must_be_retained, bool include_statutory, const py::dict& weights, bool include_initiatives) {
        const Register& reg = reg_obj.cast<const Register&>();
        ContainmentOptions o;
        o.overlap = MakeOptions(OverlapOptions().min_score, weights, py::dict(), true, true, include_initiatives,
                                false, OverlapOptions().tag_share, OverlapOptions().max_terms_explained);
        o.min_participant_coverage = min_participant_coverage;
        o.min_topic_coverage = min_topic_coverage;
        o.max_covering = max_covering;
        o.covering_must_be_retained = covering_must_be_retained;
        o.include_statutory = include_statutory;
        absl::StatusOr<std::vector<Containment>> r;
        {
          py::gil_scoped_release release;
          r = FindConsumedMeetings(reg, o);
        }
        return ValueOrThrow(std::move(r));
      },
      py::arg("register"), py::kw_only(), py::arg("min_participant_coverage") = c.min_participant_coverage,
      py::arg("min_topic_coverage") = c.min_topic_coverage, py::arg("max_covering") = c.max_covering,
      py::arg("covering_must_be_retained") = c.covering_must_be_retained,
      py::arg("include_statutory") = c.include_statutory, py::arg("weights") = py::dict(),
      py::arg("include_initiatives") = false, R"pbdoc(
Meetings whose participants and topics are (mostly) covered by a few others at
a compatible level and area: "its purpose is consumed" by them.

Example::

    consumed = govgraph.find_consumed(reg)
    consumed.to_pandas()   # one row per consumed meeting, with its covering meetings
)pbdoc");

  py::class_<OverlapCluster>(m, "OverlapCluster", "A family of mutually overlapping meetings.")
      .def_property_readonly("members", CopyOut(&OverlapCluster::members))
      .def_property_readonly("representative", CopyOut(&OverlapCluster::representative))
      .def_property_readonly("mean_score", CopyOut(&OverlapCluster::mean_score))
      .def_property_readonly("pairs", CopyOut(&OverlapCluster::pairs));
  // Wrapped by govgraph.cluster_overlaps (python/govgraph/overlap.py).
  m.def("_cluster_overlaps", &ClusterOverlaps, py::arg("result"), py::arg("min_score") = 0.0,
        "Families of overlapping meetings (connected components of the reported pairs), largest first.");
}

}  // namespace govgraph::python
