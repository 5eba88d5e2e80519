// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/overlap/review.h; wrapped by govgraph.review
// (python/govgraph/findings.py), which adds the register and .to_pandas().
#include "govgraph/overlap/review.h"

#include <optional>
#include <string>

#include "common.h"
#include "progress.h"

namespace govgraph::python {

void InitReview(py::module_& m) {
  BindEnum<FindingKind>(m, "FindingKind", "What a review finding is.");
  py::class_<ReviewFinding>(m, "ReviewFinding", "A typed finding with its evidence, confidence and caveat.")
      .def_property_readonly("kind", CopyOut(&ReviewFinding::kind))
      .def_property_readonly("meetings", CopyOut(&ReviewFinding::meetings))
      .def_property_readonly("covered_by", CopyOut(&ReviewFinding::covered_by))
      .def_property_readonly("score", CopyOut(&ReviewFinding::score))
      .def_property_readonly("confidence", CopyOut(&ReviewFinding::confidence))
      .def_property_readonly("summary", CopyOut(&ReviewFinding::summary))
      .def_property_readonly("evidence", CopyOut(&ReviewFinding::evidence))
      .def_property_readonly("caveat", CopyOut(&ReviewFinding::caveat));
  py::class_<CannotJudge>(m, "CannotJudge", "A meeting with too little recorded to judge, and what is missing.")
      .def_property_readonly("meeting", CopyOut(&CannotJudge::meeting))
      .def_property_readonly("missing", CopyOut(&CannotJudge::missing));
  py::class_<ProposedStop>(m, "ProposedStop", "A meeting proposed to stop, covered only by meetings that are kept.")
      .def_property_readonly("meeting", CopyOut(&ProposedStop::meeting))
      .def_property_readonly("covered_by", CopyOut(&ProposedStop::covered_by))
      .def_property_readonly("already_to_be_removed", CopyOut(&ProposedStop::already_to_be_removed))
      .def_property_readonly("reason", CopyOut(&ProposedStop::reason));
  py::class_<ReviewResult>(m, "ReviewResult", "Typed findings, meetings that cannot be judged, and one consistent proposal.")
      .def_property_readonly("findings", CopyOut(&ReviewResult::findings))
      .def_property_readonly("cannot_judge", CopyOut(&ReviewResult::cannot_judge))
      .def_property_readonly("proposal", CopyOut(&ReviewResult::proposal))
      .def_property_readonly("record", CopyOut(&ReviewResult::record));
  const ReviewOptions d;
  m.def(
      "_review_register",
      [](const Register& reg, std::optional<double> min_score, double duplicate_min_score, double same_function_min_topics,
         double min_record, double min_participant_coverage, double min_topic_coverage, int max_covering,
         int max_evidence, const py::object& progress) {
        ReviewOptions o;
        o.overlap.min_score = min_score;
        const py::object bar = ProgressBar(progress);
        o.overlap.progress = ToProgressCallback(bar);
        o.duplicate_min_score = duplicate_min_score;
        o.same_function_min_topics = same_function_min_topics;
        o.min_record = min_record;
        o.containment.min_participant_coverage = min_participant_coverage;
        o.containment.min_topic_coverage = min_topic_coverage;
        o.containment.max_covering = max_covering;
        o.max_evidence = max_evidence;
        absl::StatusOr<ReviewResult> r;
        {
          py::gil_scoped_release release;
          r = ReviewRegister(reg, o);
        }
        return ValueOrThrow(std::move(r));
      },
      py::arg("register"), py::kw_only(), py::arg("min_score") = d.overlap.min_score,
      py::arg("duplicate_min_score") = d.duplicate_min_score,
      py::arg("same_function_min_topics") = d.same_function_min_topics, py::arg("min_record") = d.min_record,
      py::arg("min_participant_coverage") = d.containment.min_participant_coverage,
      py::arg("min_topic_coverage") = d.containment.min_topic_coverage,
      py::arg("max_covering") = d.containment.max_covering, py::arg("max_evidence") = d.max_evidence,
      py::arg("progress") = py::none(), "The review of a register: see govgraph.review.");
}

}  // namespace govgraph::python
