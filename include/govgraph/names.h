// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// names.h: the normal form used to match names and aliases.
///
/// Registers spell the same body many ways: "Bath & North East Somerset",
/// "Bath and North-East Somerset", "BATH AND NORTH EAST SOMERSET.". Look-ups by
/// name compare NormaliseName() of both sides:
///
/// ```
///   NormaliseName("Bath & North-East Somerset.") == "bath and north east somerset"
/// ```
#ifndef GOVGRAPH_NAMES_H_
#define GOVGRAPH_NAMES_H_

#include <string>

#include "absl/functional/function_ref.h"
#include "absl/strings/string_view.h"

namespace govgraph {

/// Lower-cases ASCII letters, reads "&" as "and", joins initialisms written with
/// full stops ("O.P.C.C." as "opcc"), turns other punctuation, dashes
/// (ASCII and the Unicode dashes and quotes registers paste from Word) and runs
/// of white space into single spaces, and trims. Invisible characters
/// (zero-width space and joiners, soft hyphen, byte-order mark) are dropped
/// and fullwidth letters read as ASCII, so names that look the same compare
/// the same. Other UTF-8 text is kept.
std::string NormaliseName(absl::string_view name);

/// NormaliseName(), then each word of four or more letters loses a plural
/// "s" ("ies" becomes "y"): "LSCBs" -> "lscb", "Directors of Children's
/// Services" -> "director of children service". Names are matched in this form.
std::string FoldedName(absl::string_view name);

/// The key two names of bodies are compared by: FoldedName(), with
/// abbreviations of kinds of body spelt out and filler words ("the",
/// "local", "and", "of") left out. "Cwm Taf UHB" and "Cwm Taf University
/// Local Health Board" both give "cwm taf university health board"; "PSB"
/// and "Public Services Board" both give "public service board".
std::string BodyKey(absl::string_view name);

/// The kind of body a meeting's name says, without its places: BodyKey() of
/// the name with bracketed parts set aside and the words `is_place` accepts
/// (words of NormaliseName()) left out. With "craven" a place, "Craven CSP
/// (CCSP)" gives "community safety partnership", as "Selby Community Safety
/// Partnership" does with "selby".
std::string FunctionKey(absl::string_view name, absl::FunctionRef<bool(absl::string_view)> is_place);

/// A slug for use as an id: NormaliseName() with spaces as hyphens and only
/// [a-z0-9-] kept. "Avon & Somerset LCJB" -> "avon-and-somerset-lcjb".
std::string Slugify(absl::string_view name);

}  // namespace govgraph

#endif  // GOVGRAPH_NAMES_H_
