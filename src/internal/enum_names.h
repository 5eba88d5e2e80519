// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// The name table of an enumeration, written once: the source file that
// defines Name(E) specialises EnumNames<E> with its enumerators' JSON names
// in declaration order, and Name, Parse<Enum>, ParseEnum<E> and AllValues<E>
// read the table; GOVGRAPH_ENUM_VALUES(E) instantiates the last two.
//
//   namespace internal {
//   template <>
//   struct EnumNames<Severity> {
//     static constexpr std::string_view kWhat = "severity";  // for ParseName's error
//     static constexpr std::pair<Severity, std::string_view> kTable[] = {
//         {Severity::kInfo, "info"}, {Severity::kWarning, "warning"}, {Severity::kError, "error"}};
//   };
//   }  // namespace internal
//   std::string_view Name(Severity v) { return internal::NameOf(v); }
#ifndef GOVGRAPH_SRC_INTERNAL_ENUM_NAMES_H_
#define GOVGRAPH_SRC_INTERNAL_ENUM_NAMES_H_

#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/string_view.h"
#include "govgraph/enum_values.h"

namespace govgraph::internal {

template <class E>
struct EnumNames;

// The name of value, or fallback for a value outside the table.
template <class E>
std::string_view NameOf(E value, std::string_view fallback = "invalid") {
  for (const auto& [v, name] : EnumNames<E>::kTable) {
    if (v == value) return name;
  }
  return fallback;
}

// The enumerator named name, or an error naming the table's kWhat and its names.
template <class E>
absl::StatusOr<E> ParseName(absl::string_view name) {
  for (const auto& [v, n] : EnumNames<E>::kTable) {
    if (absl::string_view(n.data(), n.size()) == name) return v;
  }
  // The names are listed only for the message: a register reads thousands of valid ones.
  std::vector<absl::string_view> names;
  for (const auto& [v, n] : EnumNames<E>::kTable) names.emplace_back(n.data(), n.size());
  const std::string_view what = EnumNames<E>::kWhat;
  return absl::InvalidArgumentError(absl::StrCat("unknown ", absl::string_view(what.data(), what.size()), " \"", name,
                                                 "\"; expected one of: ", absl::StrJoin(names, ", ")));
}

// Every enumerator, in the table's order.
template <class E>
std::vector<E> EnumValues() {
  std::vector<E> out;
  for (const auto& [v, name] : EnumNames<E>::kTable) out.push_back(v);
  return out;
}

}  // namespace govgraph::internal

namespace govgraph {

template <class E>
std::vector<E> AllValues() {
  return internal::EnumValues<E>();
}

template <class E>
absl::StatusOr<E> ParseEnum(absl::string_view name) {
  return internal::ParseName<E>(name);
}

}  // namespace govgraph

// Instantiates AllValues<E>() and ParseEnum<E>() (govgraph/enum_values.h) for
// E, in the file that defines E's name table, inside namespace govgraph.
#define GOVGRAPH_ENUM_VALUES(E)        \
  template std::vector<E> AllValues<E>(); \
  template absl::StatusOr<E> ParseEnum<E>(absl::string_view name)

#endif  // GOVGRAPH_SRC_INTERNAL_ENUM_NAMES_H_
