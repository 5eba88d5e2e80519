// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// cadence.h: how often a meeting meets, as a value, and a parser for the way
/// registers write it.
///
/// Registers describe frequency in free text: "Bi monthly", "Six monthly",
/// "Sixth monthly" (a common typo for six-monthly), "Quarterly (except South
/// Glos – three times a year)", "TBC after stakeholder engagement". A Cadence
/// keeps the text as written and what was understood from it:
///
/// ```
///   absl::StatusOr<Cadence> c = ParseCadence("Bi monthly");
///   c->per_year();   // 6.0
///   c->text();       // "Bi monthly"
/// ```
///
/// An unknown cadence is never read as zero meetings: per_year() is empty and
/// analyses report it as unknown.
#ifndef GOVGRAPH_CADENCE_H_
#define GOVGRAPH_CADENCE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "govgraph/handle.h"

namespace govgraph {

struct Area;

class Cadence {
 public:
  enum class Kind {
    kRegular,  ///< meets a known number of times a year
    kVaries,   ///< differs by place or over time; per_year() may give a typical rate
    kAdHoc,    ///< called as needed
    kUnknown,  ///< not known yet ("TBC"), or not stated
  };

  /// A different rate in one of the meeting's areas: "except South Glos –
  /// three times a year". `area` is the area as written (an id, name or alias);
  /// `area_handle` is filled in when the register is built.
  struct AreaRate {
    std::string area;
    double per_year = 0;
    Handle<Area> area_handle;

    friend bool operator==(const AreaRate& a, const AreaRate& b) {
      return a.area == b.area && a.per_year == b.per_year;
    }
  };

  /// Not stated: unknown, with no text.
  Cadence() = default;

  static Cadence Regular(double per_year, std::string text = "");
  static Cadence Varies(std::optional<double> typical_per_year, std::string text = "");
  static Cadence AdHoc(std::string text = "");
  static Cadence Unknown(std::string text = "");

  Kind kind() const { return kind_; }
  /// Meetings a year (fractional allowed: every 18 months is 0.667), when known.
  std::optional<double> per_year() const { return per_year_; }
  /// The text the cadence was read from, verbatim; empty when built in code.
  const std::string& text() const { return text_; }
  /// How the text was read, when that needed a judgement ("'Sixth monthly'
  /// read as six-monthly"); empty otherwise.
  const std::string& note() const { return note_; }
  const std::vector<AreaRate>& exceptions() const { return exceptions_; }

  bool is_known() const { return per_year_.has_value(); }
  /// The rate in one area: its exception if there is one, else per_year().
  std::optional<double> PerYearIn(Handle<Area> area) const;

  Cadence& set_note(std::string note) {
    note_ = std::move(note);
    return *this;
  }
  Cadence& set_text(std::string text) {
    text_ = std::move(text);
    return *this;
  }
  Cadence& AddException(std::string area, double per_year);
  /// For the register builder: the resolved handle of exception `i`.
  void set_exception_area_handle(size_t i, Handle<Area> h) { exceptions_[i].area_handle = h; }

  /// A short description: "6 a year", "unknown (TBC after stakeholder engagement)".
  std::string Describe() const;

  friend bool operator==(const Cadence& a, const Cadence& b) = default;

 private:
  Kind kind_ = Kind::kUnknown;
  std::optional<double> per_year_;
  std::string text_;
  std::string note_;
  std::vector<AreaRate> exceptions_;
};

std::string_view Name(Cadence::Kind kind);  ///< "regular", "varies", "ad_hoc", "unknown"
/// Reads a cadence kind's name, ignoring case and reading "-" and " " as "_"
/// ("Ad hoc", "ad-hoc" and "adhoc" all give kAdHoc).
absl::StatusOr<Cadence::Kind> ParseCadenceKind(absl::string_view name);
[[deprecated("use Name(Cadence::Kind)")]] inline std::string_view CadenceKindName(Cadence::Kind kind) {
  return Name(kind);
}
[[deprecated("use ParseCadenceKind")]] inline absl::StatusOr<Cadence::Kind> ParseCadenceKindName(
    absl::string_view name) {
  return ParseCadenceKind(name);
}

/// Reads a frequency as registers write it. Understands, case-insensitively and
/// forgiving of hyphens, spaces and trailing full stops:
///
/// ```
///   weekly, fortnightly, monthly, bi-monthly / bimonthly (every two months),
///   quarterly, three monthly, four monthly, six monthly / half-yearly /
///   biannually, sixth monthly (typo for six-monthly, noted), annually /
///   yearly, twice a year, N times a year / per annum, every N weeks / months /
///   years, N per month / week, ad hoc / as required / as needed,
///   varies ..., TBC / to be confirmed / to be agreed / unknown.
/// ```
/// A parenthesised exception such as "(except South Glos – three times a year)"
/// becomes an AreaRate exception. "Varies in each LA area - Quarterly (...)" is kVaries
/// with a typical rate of 4. Number words one to twelve are understood.
/// Returns InvalidArgumentError naming the text when it cannot be read; the
/// caller decides whether to keep it as Cadence::Unknown(text).
absl::StatusOr<Cadence> ParseCadence(absl::string_view text);

/// One sitting of a meeting series, as a list of meetings or events gives it.
struct Sitting {
  std::optional<absl::CivilDay> date;  ///< empty when not given
  bool cancelled = false;
};

/// How a cadence was inferred from the dates a meeting sat on.
struct CadenceEvidence {
  std::vector<absl::CivilDay> dates;  ///< dated sittings not cancelled, sorted, each date once
  std::vector<int> gaps_days;         ///< between consecutive dates
  int cancelled = 0;                  ///< sittings cancelled (not used)
  int undated = 0;                    ///< sittings without a date (not used)
  std::optional<double> median_gap_days;
  Cadence cadence;     ///< the result; unknown with fewer than two dates
  std::string reason;  ///< "monthly: median gap 28 days between 11 dated meetings from ..."
};

/// The cadence the sittings' dates show: the named rate (weekly to annual)
/// nearest the median gap, regular when most gaps are near the median and
/// varying otherwise; unknown with fewer than two dates. `source` names where
/// the dates came from in the cadence's text ("monthly (inferred from
/// ModernGov meeting dates)"). The rule is in docs/moderngov.md.
CadenceEvidence InferCadence(const std::vector<Sitting>& sittings, absl::string_view source);

}  // namespace govgraph

#endif  // GOVGRAPH_CADENCE_H_
