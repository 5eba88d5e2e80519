// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/import/lead.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "import/text.h"

namespace govgraph {
namespace {

using import_internal::Clip;
using import_internal::Found;
using import_internal::HasWord;
using import_internal::Lower;
using import_internal::SplitOutsideParens;
using import_internal::Trim;
using import_internal::WithoutParens;

// Removes a case-insensitive prefix or suffix from `s` when present.
bool CutPrefix(std::string& s, absl::string_view prefix) {
  if (!absl::StartsWithIgnoreCase(s, prefix)) return false;
  s = std::string(Trim(absl::string_view(s).substr(prefix.size())));
  return true;
}
bool CutSuffix(std::string& s, absl::string_view suffix) {
  if (!absl::EndsWithIgnoreCase(s, suffix)) return false;
  s = std::string(Trim(absl::string_view(s).substr(0, s.size() - suffix.size())));
  return true;
}

class LeadReader {
 public:
  LeadReader(Resolver& resolver, LeadResult& out) : resolver_(resolver), out_(out) {}

  // The organisations a name list stands for: the whole text first, then its
  // parts at ",", "and", "&" and "/". Names that cannot be read are errors.
  std::vector<std::string> Organisations(absl::string_view text, absl::string_view what) {
    std::vector<std::string> ids;
    const absl::string_view t = Trim(text, true);
    if (t.empty()) return ids;
    std::vector<Diagnostic> notes;
    for (MatchQuality weakest : {MatchQuality::kJudged, MatchQuality::kLoose}) {
      if (One(t, ids, notes, weakest)) return Commit(ids, notes);
      for (absl::string_view sep : {",", " and ", " & ", "/"}) {
        std::vector<absl::string_view> parts = SplitOutsideParens(t, sep);
        if (parts.size() < 2) continue;
        const Resolver::Checkpoint mark = resolver_.Mark();
        bool all = true;
        for (absl::string_view p : parts) all = One(p, ids, notes, weakest) && all;
        if (all) return Commit(ids, notes);
        resolver_.Rollback(mark);
        ids.clear();
        notes.clear();
      }
    }
    // Report each part of the first split there is, or the whole.
    std::vector<absl::string_view> parts = {t};
    for (absl::string_view sep : {",", " and ", " & ", "/"}) {
      std::vector<absl::string_view> split = SplitOutsideParens(t, sep);
      if (split.size() >= 2) {
        parts = split;
        break;
      }
    }
    for (absl::string_view p : parts) {
      if (One(p, ids, notes)) continue;
      const std::string suggestion = resolver_.Suggest(p);
      out_.unresolved = true;
      out_.findings.push_back(
          Found(Severity::kError, std::string(p), "", suggestion,
           absl::StrCat(what, " \"", Clip(p), "\" is not a known organisation",
                        suggestion.empty() ? "" : absl::StrCat("; did you mean \"", suggestion, "\"?"))));
    }
    return Commit(ids, notes);
  }

  // Resolves one name to organisation ids, noting judged readings and
  // readings through a role.
  bool One(absl::string_view name, std::vector<std::string>& ids, std::vector<Diagnostic>& notes,
           MatchQuality weakest = MatchQuality::kLoose) {
    Resolution r = resolver_.Resolve(name, weakest);
    bool any = false, via_role = false;
    std::string understood;
    for (const Party& p : r.parties) {
      std::optional<std::string> org = resolver_.OrganisationOf(p);
      if (!org) continue;
      any = true;
      via_role = via_role || p.organisation.empty();
      if (!absl::c_linear_search(ids, *org)) ids.push_back(*org);
      if (!understood.empty()) understood += "; ";
      understood += resolver_.Describe(p);
      if (p.organisation.empty()) understood += absl::StrCat(", so its organisation \"", *org, "\"");
    }
    if (any && (via_role || r.quality >= MatchQuality::kJudged)) {
      notes.push_back(Found(Severity::kInfo, std::string(name), understood, "",
                       absl::StrCat("\"", Clip(name), "\" read as ", understood,
                                    r.explanation.empty() ? "" : " (" + r.explanation + ")")));
    }
    return any;
  }

 private:
  std::vector<std::string> Commit(std::vector<std::string>& ids, std::vector<Diagnostic>& notes) {
    for (Diagnostic& f : notes) out_.findings.push_back(std::move(f));
    return ids;
  }

  Resolver& resolver_;
  LeadResult& out_;
};

std::vector<Ref<Organisation>> Refs(const std::vector<std::string>& ids) {
  return std::vector<Ref<Organisation>>(ids.begin(), ids.end());
}

}  // namespace

LeadResult ParseLead(absl::string_view text, Resolver& resolver, const LeadOptions& options) {
  LeadResult out;
  const absl::string_view cell = Trim(text);
  out.lead.text = std::string(cell);
  if (cell.empty()) return out;
  LeadReader reader(resolver, out);
  if (cell.size() > 1000) {
    out.unresolved = true;
    out.findings.push_back(Found(Severity::kError, Clip(cell), "", "",
                            absl::StrCat("the lead cell is ", cell.size(), " bytes long; not read as a lead")));
    return out;
  }

  std::vector<std::string> inside;
  std::string main = WithoutParens(cell, &inside);
  for (const std::string& part : inside) {
    std::string p = part;
    if (CutPrefix(p, "chair:") || CutPrefix(p, "chaired by") || CutPrefix(p, "chair")) {
      out.chair_note = p;
      std::string who;
      const std::string lower = Lower(p);
      if (size_t at = lower.find("currently "); at != std::string::npos) {
        who = std::string(Trim(absl::string_view(p).substr(at + 10), true));
      } else if (CutPrefix(p, "is ") || CutPrefix(p, "by ")) {
        who = p;
      } else if (!HasWord(lower, "vote") && !HasWord(lower, "rotat") && !HasWord(lower, "agreed")) {
        who = p;
      }
      if (!who.empty()) {
        Resolution r = resolver.Resolve(who, MatchQuality::kLoose);
        if (r.parties.size() == 1) {
          out.chair = r.parties[0];
        } else {
          out.findings.push_back(Found(Severity::kWarning, who, "", resolver.Suggest(who),
                                  absl::StrCat("chair \"", Clip(who), "\" not recognised; kept in the chair note")));
        }
      }
      continue;
    }
    out.findings.push_back(Found(Severity::kInfo, part, "", "",
                            absl::StrCat("\"(", Clip(part), ")\" kept in the lead text only")));
  }

  // "... led", "led by ...".
  CutSuffix(main, "-led") || CutSuffix(main, " led") || CutSuffix(main, " lead") || CutSuffix(main, " leads");
  CutPrefix(main, "led by ") || CutPrefix(main, "lead: ") || CutPrefix(main, "lead by ");
  const std::string lower = Lower(main);

  if (absl::StartsWith(lower, "joint")) {
    std::string rest = main.substr(5);
    rest = std::string(Trim(rest));
    for (bool cut = true; cut;) {
      cut = CutPrefix(rest, "attendance") || CutPrefix(rest, "leadership") || CutPrefix(rest, "lead") ||
            CutPrefix(rest, "ly") || CutPrefix(rest, "-") || CutPrefix(rest, ":") || CutPrefix(rest, "between") ||
            CutPrefix(rest, "by") || CutPrefix(rest, "with");
    }
    std::vector<std::string> ids = rest.empty() ? options.joint : reader.Organisations(rest, "joint lead");
    if (ids.empty()) {
      out.findings.push_back(Found(Severity::kWarning, out.lead.text, "", "",
                              "\"Joint\" names no partners and none are known (give the lead column's options in "
                              "its heading, e.g. \"Lead (OPCC, Constabulary or Joint)\")"));
    } else if (rest.empty()) {
      out.findings.push_back(Found(Severity::kInfo, out.lead.text, absl::StrJoin(ids, " + "), "",
                              absl::StrCat("\"Joint\" read as a joint lead of \"", absl::StrJoin(ids, "\" and \""),
                                           "\" (the partners the lead column offers)")));
    }
    out.lead.organisations = Refs(ids);
    return out;
  }

  if (HasWord(lower, "attendance") || HasWord(lower, "attend") || HasWord(lower, "attends") ||
      HasWord(lower, "attending")) {
    std::string who = main;
    CutSuffix(who, "attendance") || CutSuffix(who, "attending") || CutSuffix(who, "attend") ||
        CutSuffix(who, "attends");
    CutSuffix(who, " only");
    for (const std::string& id : reader.Organisations(who, "attending organisation")) {
      out.attending.push_back(Party{.organisation = id});
    }
    out.findings.push_back(Found(Severity::kInfo, out.lead.text, "no lead", "",
                            absl::StrCat("\"", Clip(out.lead.text), "\" records attendance, not a lead: no lead recorded")));
    return out;
  }

  // "X with Y support", "X supported by Y", "X with support from Y".
  std::string leads = main, support;
  for (absl::string_view kw : {" with support from ", ", supported by ", " supported by ", " with "}) {
    const size_t at = Lower(leads).find(std::string(kw));
    if (at == std::string::npos) continue;
    support = leads.substr(at + kw.size());
    leads = leads.substr(0, at);
    CutSuffix(support, "support");
    break;
  }
  out.lead.organisations = Refs(reader.Organisations(leads, "lead"));
  if (!support.empty()) out.lead.supporting = Refs(reader.Organisations(support, "supporting organisation"));
  return out;
}

std::vector<std::string> LeadOptionsFromHeading(absl::string_view heading, Resolver& resolver) {
  std::vector<std::string> inside;
  WithoutParens(heading, &inside);
  std::vector<std::string> ids;
  LeadResult scratch;
  LeadReader reader(resolver, scratch);
  for (const std::string& part : inside) {
    for (absl::string_view a : SplitOutsideParens(part, ",")) {
      for (absl::string_view b : SplitOutsideParens(a, " or ")) {
        for (absl::string_view c : SplitOutsideParens(b, "/")) {
          const std::string l = Lower(Trim(c));
          if (l == "joint" || l == "none" || l == "other" || l == "n/a" || l == "both") continue;
          std::vector<std::string> found;
          std::vector<Diagnostic> notes;
          reader.One(c, found, notes);
          for (std::string& id : found) {
            if (!absl::c_linear_search(ids, id)) ids.push_back(std::move(id));
          }
        }
      }
    }
  }
  return ids;
}

}  // namespace govgraph
